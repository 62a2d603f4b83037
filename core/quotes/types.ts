// The shapes quotation detection reads and writes: paragraphs in, quotations with a suggested speaker out.

/** One paragraph of the text being scanned. */
export interface ParagraphInput {
  text: string;
  /** UTF-16 offset of the paragraph's first character in the whole text. */
  start: number;
}

/** The part of a quotation inside one paragraph, in that paragraph's text offsets, marks excluded. */
export interface QuotePiece {
  paragraph: number;
  from: number;
  to: number;
}

/** A person, an organisation ("NATO"), or a source the text names only by a noun phrase ("a spokeswoman"). */
export type SpeakerKind = 'person' | 'organisation' | 'unnamed';

/**
 * What in the text the suggested speaker was read from, shown beside every suggestion so the
 * reporter sees why: "said Ana Ruiz" (name), "Ruiz" → Ana Ruiz (part-name), "she" → Ana Ruiz
 * (pronoun), "the Dutchman" → Louis van Gaal (descriptor), "a spokeswoman" (unnamed), a colon
 * introduction naming the speaker before it (colon), a speaker named earlier in the paragraph
 * (same-paragraph), the one speaker of the paragraph before (previous-paragraph).
 */
export type CueKind =
  'name' | 'part-name' | 'pronoun' | 'descriptor' | 'unnamed' | 'colon' | 'same-paragraph' | 'previous-paragraph';

export interface SpeakerCue {
  kind: CueKind;
  /** The words of the text the speaker was read from ("she", "the Dutchman", "Van Gaal"); null when no words stand for the speaker. */
  words: string | null;
}

export interface DetectedQuotation {
  /**
   * The exact characters between the outer opening and closing marks. A multi-paragraph
   * quotation runs from after its first opening mark to before its final closing mark, the
   * paragraph breaks and re-opening marks included; one never closed ends at the end of its
   * last paragraph, trailing white space trimmed.
   */
  text: string;
  /** UTF-16 offsets of `text` in the whole text. */
  start: number;
  end: number;
  /** Full name as first introduced, without titles; an organisation's name; an unnamed source's noun phrase; null when unsure. */
  speaker: string | null;
  /** How sure the speaker suggestion is, 0..1; low whenever `speaker` is null. */
  confidence: number;
  /** In document order; one per paragraph the quotation covers. */
  pieces: QuotePiece[];
  speakerKind: SpeakerKind | null;
  /** The title or role the text gave the speaker ("NATO Secretary General"), for creating the source. */
  speakerTitle: string | null;
  /** Why this speaker was suggested; null when `speaker` is. */
  cue: SpeakerCue | null;
}
