// What a pair of double marks holds when it is not a quotation: scare quotes, titles of works,
// nicknames, and words mentioned as words. Each rule is named so tests and reviewers can point at it.
import { hasSpeechCue } from './speech-cues';

export type SpanReading = 'quotation' | 'scare-quote' | 'title' | 'nickname' | 'word-as-word';

const WORK_NOUNS =
  /\b(film|movie|book|novel|memoir|song|single|album|record|report|play|musical|opera|series|show|sitcom|documentary|poem|essay|article|column|podcast|programme|program|episode|exhibition|painting|paper|study|game|video|headline|slogan|campaign)\s*,?\s*$/iu;
const TITLE_VERBS = /\b(titled|entitled|named|headlined)\s*,?\s*$/iu;
const NICKNAME_CUES = /\b(known (?:only |simply |locally )?as|nicknamed|dubbed|aka)\s*,?\s*$/iu;
const CALLED_WORK =
  /\b(film|movie|book|novel|song|album|report|play|series|show|documentary|poem|podcast|programme|program|exhibition|study|band|group|company|app|project|operation)\s+(?:\S+\s+)?called\s*$/iu;
const MENTIONED_WORD =
  /\b(?:the|a|an|this|that)\s+(?:\p{L}+\s+)?(word|words|term|terms|phrase|expression|label|name|acronym|hashtag|catchphrase|buzzword|euphemism|abbreviation)\s*,?\s*$/iu;
const SO_CALLED = /\bso-called\s*$/iu;
const MEANS_AS_WORD =
  /^\s*(?:is|was|are)\s+(?:a|an|the)?\s*(?:word|term|phrase)\b|^\s*(?:means|meant|comes from|derives)\b/iu;

// Words that put a title in front of the marks even when the title carries the sentence's punctuation: her debut album “Broken Neon.”
const WORK_BEFORE =
  /\b(?:(?:film|movie|book|novel|memoir|song|single|album|record|play|musical|series|show|documentary|poem|podcast|programme|program|exhibition)\s+(?:is|was)|read|reading|watched|watching|starred in|stars in|released|recorded|directed|wrote|published|hosts|hosted|presents|presented)\s*,?\s*$/iu;
// A short lowercase phrase right after a determiner and an adjective names a thing: a new “buyback tax,”.
const NAMED_THING = /\b(?:a|an|the|its|their|his|her|our|this|that|these|those)\s+\p{Ll}[\p{L}-]*\s*$/u;
// "critics say", "opponents argue": a bare plural is an opinion going round, not a speaker quoted.
const GENERIC_VOICES =
  /^[\s,]*(?:some|many|most|other)?\s*\p{Ll}{3,}s\s+(?:say|argue|claim|contend|complain|warn|call\s+it)\b/u;

const WORD = /[\p{L}\p{N}]+(?:[’'\-][\p{L}\p{N}]+)*/gu;

/** Words in `text`, counting no further than `limit`: the rules only ask whether a phrase is short. */
export function wordCount(text: string, limit = 10): number {
  let count = 0;
  WORD.lastIndex = 0;
  while (count < limit && WORD.exec(text)) count++;
  return count;
}

function isTitleCase(text: string): boolean {
  if (wordCount(text) > 8) return false;
  const words = text.match(WORD) ?? [];
  const minor = /^(a|an|the|of|and|or|in|on|at|to|for|with|by|from|is|de|la|le)$/u;
  return words.length > 0 && words.every((word, i) => /^[\p{Lu}\p{N}]/u.test(word) || (i > 0 && minor.test(word)));
}

/**
 * Reads one closed pair of marks. `before` and `after` are the rest of the quotation's sentence
 * outside the marks; `paragraph` is the whole paragraph, for whether any speech cue is near at all.
 */
export function readSpan(inside: string, before: string, after: string, paragraph = before + after): SpanReading {
  const words = wordCount(inside);
  const endsLikeSpeech = /[.!?,…—–-]\s*$/u.test(inside);
  if (SO_CALLED.test(before)) return 'scare-quote';
  if (MENTIONED_WORD.test(before) || (words <= 3 && MEANS_AS_WORD.test(after))) return 'word-as-word';
  // Dwayne “The Rock” Johnson: a short phrase squeezed between two parts of a name.
  if (words <= 4 && !endsLikeSpeech && /\p{Lu}[\p{L}.’']*\s*$/u.test(before) && /^\s*\p{Lu}/u.test(after))
    return 'nickname';
  if (NICKNAME_CUES.test(before) && words <= 4) return 'nickname';
  if (TITLE_VERBS.test(before) || CALLED_WORK.test(before)) return 'title';
  if (WORK_NOUNS.test(before) && !endsLikeSpeech) return 'title';
  const bare = inside.replace(/[.,]\s*$/u, '');
  if ((WORK_NOUNS.test(before) || WORK_BEFORE.test(before)) && isTitleCase(bare)) return 'title';
  // One or two lowercase words, at most a full stop or a comma with them: a scare quote unless a cue in the paragraph frames it.
  if (words <= 2 && /^\p{Ll}/u.test(inside) && !/[!?…]/u.test(inside) && !hasSpeechCue(before)) {
    if (hasSpeechCue(after) ? NAMED_THING.test(before) || GENERIC_VOICES.test(after) : !hasSpeechCue(paragraph))
      return 'scare-quote';
  }
  const cued = hasSpeechCue(before) || hasSpeechCue(after);
  if (!cued && isTitleCase(inside) && words <= 8 && !endsLikeSpeech) return 'title';
  // American style puts a comma inside the marks even after a title: “Harbour Lights,” which …
  if (!cued && words <= 4 && /,\s*$/u.test(inside) && isTitleCase(inside)) return 'title';
  if (words <= 3 && !cued && !endsLikeSpeech) return 'scare-quote';
  return 'quotation';
}
