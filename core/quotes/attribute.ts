// Suggesting a speaker for every quotation, walking the article in order: the cue beside the
// quotation, else an earlier cue in its paragraph, else the one speaker of the paragraph before
// a paragraph that holds only the quotation. When none of these is sure, the speaker is null.
import type { LinkedQuotation } from './link-paragraphs';
import { People, type Resolution, type Speaker } from './people';
import type { Mention, ParagraphScan } from './scan-paragraph';

export interface Attribution {
  speaker: Speaker | null;
  confidence: number;
}

const UNATTRIBUTED: Attribution = { speaker: null, confidence: 0.2 };
const SAME_PARAGRAPH = 0.7;
const PREVIOUS_PARAGRAPH = 0.6;

/** A mention, or the index of a quotation, at its offset in the paragraph. */
interface Event {
  at: number;
  mention: Mention | null;
  quotation: number;
}

const speakerOf = (resolution: Resolution): Speaker | null => resolution.speaker;

/** One attribution per linked quotation, in the same order. */
export function attribute(scans: readonly ParagraphScan[], quotations: readonly LinkedQuotation[]): Attribution[] {
  const people = new People();
  const attributions: Attribution[] = [];
  // The speakers each paragraph attributes something to, for the quotation-only paragraph after it.
  const spokeIn: Speaker[][] = scans.map(() => []);
  let next = 0;
  scans.forEach((scan, paragraph) => {
    people.reading(paragraph);
    people.introduce(scan.names);
    // Plain records rather than closures: a closure per mention and quotation, for every paragraph, was most of this pass's cost.
    const events: Event[] = [];
    for (const mention of scan.mentions) events.push({ at: mention.at, mention, quotation: -1 });
    while (next < quotations.length && quotations[next]!.pieces[0]!.paragraph === paragraph) {
      events.push({ at: quotations[next]!.pieces[0]!.from, mention: null, quotation: next++ });
    }
    events.sort((a, b) => a.at - b.at);
    for (const event of events) {
      if (event.mention) {
        const speaker = speakerOf(people.resolve(event.mention.subject));
        if (speaker && event.mention.speaks) spokeIn[paragraph]!.push(speaker);
        continue;
      }
      const quotation = quotations[event.quotation]!;
      const found = suggest(quotation, people, spokeIn[paragraph]!, paragraph > 0 && scan.onlyQuotes ? spokeIn[paragraph - 1]! : []);
      attributions[event.quotation] = found;
      if (found.speaker) for (const piece of quotation.pieces) spokeIn[piece.paragraph]!.push(found.speaker);
    }
    for (const hint of scan.genderHints) people.learnGender(hint.name, hint.gender);
  });
  return attributions;
}

function suggest(quotation: LinkedQuotation, people: People, sameParagraph: Speaker[], previousParagraph: Speaker[]): Attribution {
  if (quotation.cue) return people.resolve(quotation.cue);
  const earlier = quotation.opensSentence ? sameParagraph[sameParagraph.length - 1] : undefined;
  if (earlier) return { speaker: earlier, confidence: SAME_PARAGRAPH };
  const previous = new Set(previousParagraph);
  const [only] = previous;
  if (previous.size === 1 && only) return { speaker: only, confidence: PREVIOUS_PARAGRAPH };
  return UNATTRIBUTED;
}
