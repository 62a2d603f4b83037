// The verbs that tie a quotation to whoever said it ("said", "told", "quipped") and the ones that
// frame a partial quotation ("described the plan as “a disaster”"), in one place for every reader
// of cues: speech-cues.ts, and names.ts for "Said Brennan:".

import { wordSet } from './word-list';

// Taking the other side is speaking too ("disagreed", "retorted", "denied"): in "Berg said it was done,
// but Holm disagreed." Holm speaks last.
export const CUE_VERBS: ReadonlySet<string> = wordSet(
  `
  said says say told tells added adds wrote writes asked asks stated states explained explains
  noted notes continued continues replied replies responded insisted insists warned warns argued
  argues claimed claims declared announced tweeted posted recalled recalls acknowledged admitted
  admits conceded suggested urged stressed emphasised emphasized countered remarked observed
  concluded predicted shouted shout scream yell whispered testified confirmed vowed promised
  wondered joked complained cautioned boasted pleaded commented answered recounted pledged
  maintained reiterated lamented agreed objected protested texted emailed reported estimated mused
  sighed laughed revealed reflected alleged alleges reminded quipped asserted affirmed elaborated
  underlined underscored indicated beamed enthused fumed yelled screamed chanted telling mumbled
  muttered murmured grumbled snapped exclaimed gushed began begins saying adding insisting
  disagreed retorted denied
`,
);

// Verbs that frame a partial quotation without being speech verbs above.
export const FRAMING_VERBS: ReadonlySet<string> = wordSet(
  `
  described describes called calls calling labelled labeled branded dismissed condemned praised
  praises hailed hails slammed slams blasted blasts termed terms mocked lauded criticised
  criticized accused welcomed shouting chanting
`,
);
