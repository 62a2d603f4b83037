// Suggesting a speaker for every quotation, walking the article in order: the cue beside the
// quotation, else an earlier cue in its paragraph, else the one speaker of the paragraph before
// a paragraph that holds only the quotation. When none of these is sure, the speaker is null.
import type { LinkedQuotation } from './link-paragraphs';
import { People, type Resolution, type Speaker } from './people';
import type { ParagraphScan } from './scan-paragraph';

export interface Attribution {
  speaker: Speaker | null;
  confidence: number;
}

const UNATTRIBUTED: Attribution = { speaker: null, confidence: 0.2 };
const SAME_PARAGRAPH = 0.7;
const PREVIOUS_PARAGRAPH = 0.6;

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
    const events: { at: number; run: () => void }[] = [];
    for (const mention of scan.mentions) {
      events.push({
        at: mention.at,
        run: () => {
          const speaker = speakerOf(people.resolve(mention.subject));
          if (speaker && mention.speaks) spokeIn[paragraph]!.push(speaker);
        },
      });
    }
    while (next < quotations.length && quotations[next]!.pieces[0]!.paragraph === paragraph) {
      const quotation = quotations[next]!;
      const index = next++;
      events.push({
        at: quotation.pieces[0]!.from,
        run: () => {
          const found = suggest(quotation, people, spokeIn[paragraph]!, paragraph > 0 && scan.onlyQuotes ? spokeIn[paragraph - 1]! : []);
          attributions[index] = found;
          if (found.speaker) for (const piece of quotation.pieces) spokeIn[piece.paragraph]!.push(found.speaker);
        },
      });
    }
    events.sort((a, b) => a.at - b.at);
    for (const event of events) event.run();
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
