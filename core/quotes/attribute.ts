// Suggesting a speaker for every quotation, walking the article in order: the cue beside the
// quotation, else an earlier cue in its paragraph, else the one speaker of the paragraph before
// a paragraph that holds only the quotation. When none of these is sure, the speaker is null.
import type { LinkedQuotation } from './link-paragraphs';
import { People, type Speaker } from './people';
import type { Mention, ParagraphScan } from './scan-paragraph';
import type { Subject } from './names';
import { CONFIDENCE } from './confidence';
import type { SpeakerCue } from './types';

export interface Attribution {
  speaker: Speaker | null;
  confidence: number;
  /** Why `speaker` was suggested; null with it. */
  cue: SpeakerCue | null;
}

/**
 * Everything the walk carries from one paragraph to the next. It is plain data (see snapshot.ts),
 * so the incremental path can copy it at a paragraph and compare it with an earlier walk's copy.
 */
export interface AttributionState {
  people: People;
  /** The speakers each paragraph not yet left behind attributes something to, for the quotation-only paragraph after it. */
  spokeIn: Map<number, Speaker[]>;
  /** The people each such paragraph's sentences are about without a speech verb, for when nobody spoke in it. */
  aboutIn: Map<number, Speaker[]>;
  /**
   * Each person's title as last resolved. A person's title can be filled in by a later mention, and
   * a quotation shows the title the whole article gives; this is that, without the People inside.
   */
  titles: Map<string, string | null>;
}

export const freshAttributionState = (): AttributionState => ({
  people: new People(),
  spokeIn: new Map(),
  aboutIn: new Map(),
  titles: new Map(),
});

const UNATTRIBUTED: Attribution = { speaker: null, confidence: CONFIDENCE.nobody, cue: null };
const NOBODY: readonly Speaker[] = [];

/** A mention, or the index of a quotation, at its offset in the paragraph. */
interface Event {
  at: number;
  mention: Mention | null;
  quotation: number;
}

/**
 * The title a quotation attributed to `speaker` shows once the walk has read `titles` to the end.
 * The walk's record wins even when it says "no title": the speaker object may be an earlier walk's,
 * kept for an untouched quotation, whose title a mention since edited away once filled in.
 */
export const titleOf = (speaker: Speaker, titles: ReadonlyMap<string, string | null>): string | null =>
  speaker.kind === 'person' && titles.has(speaker.name) ? titles.get(speaker.name)! : speaker.title;

function resolve(state: AttributionState, subject: Subject): Attribution {
  const resolution = state.people.resolve(subject);
  if (resolution.speaker?.kind === 'person') state.titles.set(resolution.speaker.name, resolution.speaker.title);
  return resolution;
}

function spokenIn(state: AttributionState, paragraph: number, about = false): Speaker[] {
  const map = about ? state.aboutIn : state.spokeIn;
  let speakers = map.get(paragraph);
  if (!speakers) map.set(paragraph, (speakers = []));
  return speakers;
}

/** Who spoke in `paragraph`, else whom its sentences were about. */
function voicesIn(state: AttributionState, paragraph: number): readonly Speaker[] {
  const spoke = state.spokeIn.get(paragraph);
  return spoke && spoke.length > 0 ? spoke : (state.aboutIn.get(paragraph) ?? NOBODY);
}

/**
 * Attributes the quotations that start in `paragraph` (from index `next` of `quotations`, which must
 * hold every quotation starting there, complete) into `attributions`; returns the next index.
 */
export function attributeParagraph(
  state: AttributionState,
  scan: ParagraphScan,
  paragraph: number,
  quotations: readonly LinkedQuotation[],
  next: number,
  attributions: Attribution[],
): number {
  const { people } = state;
  people.reading(paragraph);
  people.introduce(scan.names);
  // Plain records rather than closures: a closure per mention and quotation, for every paragraph, was most of this pass's cost.
  const events: Event[] = [];
  for (const mention of scan.mentions) events.push({ at: mention.at, mention, quotation: -1 });
  while (next < quotations.length && quotations[next]!.pieces[0]!.paragraph === paragraph) {
    events.push({ at: quotations[next]!.readAt, mention: null, quotation: next++ });
  }
  events.sort((a, b) => a.at - b.at);
  for (const event of events) {
    if (event.mention) {
      if (event.mention.weak && !people.knows(event.mention.subject)) continue;
      const { speaker } = resolve(state, event.mention.subject);
      if (speaker && (event.mention.speaks || event.mention.weak)) people.wasSubject(speaker);
      if (speaker && event.mention.speaks) spokenIn(state, paragraph).push(speaker);
      // The person a sentence is about ("Rowley believes it was a good game.") is whom a quotation after it is from, when nobody spoke.
      else if (speaker && event.mention.weak) spokenIn(state, paragraph, true).push(speaker);
      continue;
    }
    const quotation = quotations[event.quotation]!;
    const previous = paragraph > 0 && scan.onlyQuotes ? voicesIn(state, paragraph - 1) : NOBODY;
    const found = suggest(quotation, state, voicesIn(state, paragraph), previous);
    attributions[event.quotation] = found;
    if (found.speaker) people.wasSubject(found.speaker);
    if (found.speaker) for (const piece of quotation.pieces) spokenIn(state, piece.paragraph).push(found.speaker);
  }
  for (const hint of scan.genderHints) people.learnGender(hint.name, hint.gender);
  // "Glass has since apologised:" hands the next paragraph's quotation to Glass.
  if (scan.colonLead) {
    const { speaker } = resolve(state, scan.colonLead);
    if (speaker) spokenIn(state, paragraph).push(speaker);
  }
  // A subhead between two paragraphs of one speaker's words does not change who is speaking.
  // A heading that is only a person's name ("Manuel Pellegrini") hands the words under it to them, as a colon would.
  const byline = headedBy(state, scan);
  const before = state.spokeIn.get(paragraph - 1);
  if (byline) state.spokeIn.set(paragraph, [byline]);
  else if (scan.heading && before) state.spokeIn.set(paragraph, before);
  const aboutBefore = state.aboutIn.get(paragraph - 1);
  if (scan.heading && aboutBefore) state.aboutIn.set(paragraph, aboutBefore);
  state.aboutIn.delete(paragraph - 1);
  // Only this paragraph's speakers are read from here on; keeping no more keeps checkpoints small.
  state.spokeIn.delete(paragraph - 1);
  return next;
}

/** The person a heading names when it holds nothing but their name. */
function headedBy(state: AttributionState, scan: ParagraphScan): Speaker | null {
  if (scan.headingName === null) return null;
  const name = scan.headingName;
  return resolve(state, { kind: 'name', name, title: null, role: null, organisation: false, gender: null }).speaker;
}

/** A colon introduction or a sentence's subject says less than a speech verb does, and says it differently. */
function byCue(found: Attribution, via: LinkedQuotation['cueVia']): Attribution {
  if (!found.speaker || !found.cue || via === 'verb') return found;
  // A colon head is any capitalised run ("Latest Update: “…”"): never as sure as a name beside a speech verb.
  const confidence = Math.min(found.confidence, CONFIDENCE.sentenceSubject);
  if (via === 'subject') return { ...found, confidence };
  const named = found.cue.kind === 'name' || found.cue.kind === 'part-name';
  return { ...found, confidence, cue: named ? { kind: 'colon', words: found.cue.words } : found.cue };
}

function suggest(
  quotation: LinkedQuotation,
  state: AttributionState,
  sameParagraph: readonly Speaker[],
  previousParagraph: readonly Speaker[],
): Attribution {
  // Without a speech verb, a lone capitalised word is a speaker only when the text named them before ("Just days after …").
  if (quotation.cue && (quotation.cueVia === 'verb' || state.people.knows(quotation.cue))) {
    const cued = byCue(resolve(state, quotation.cue), quotation.cueVia);
    if (cued.speaker || quotation.cueVia === 'verb') return cued;
  }
  const earlier = quotation.opensSentence ? sameParagraph[sameParagraph.length - 1] : undefined;
  if (earlier)
    return { speaker: earlier, confidence: CONFIDENCE.sameParagraph, cue: { kind: 'same-paragraph', words: null } };
  const previous = new Set(previousParagraph);
  const [only] = previous;
  if (previous.size === 1 && only)
    return {
      speaker: only,
      confidence: CONFIDENCE.previousParagraph,
      cue: { kind: 'previous-paragraph', words: null },
    };
  return UNATTRIBUTED;
}
