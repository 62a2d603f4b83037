// The words a descriptor may use for a role the text gave in other words, so "the coach" finds "Dragan Petrović, her coach".
import { DEMONYMS } from './demonyms';
import { remembered } from './remembered';

// What an organisation in a trade is called by name, for "the forecaster" when the text never said "the forecaster, X".
export const TRADE_NAMES: Record<string, RegExp> = {
  forecaster: /\b(?:Weather|Meteorolog\p{L}*|Met)\b/u,
  lender: /\bBank\b/u,
  broadcaster: /\b(?:Broadcasting|Television|Radio|TV)\b/u,
  insurer: /\b(?:Insurance|Assurance)\b/u,
  carrier: /\b(?:Airlines?|Airways)\b/u,
  airline: /\b(?:Airlines?|Airways)\b/u,
};
// A later descriptor may use another word for the role the text gave ("Justice Priya Nair" … "the judge", "Amara Okafor KC" … "the barrister").
export const SAME_ROLE: Record<string, string[]> = {
  judge: ['justice', 'magistrate', 'jurist'],
  jurist: ['judge', 'justice', 'magistrate'],
  forecaster: ['meteorologist', 'weather'],
  lawyer: ['attorney', 'counsel', 'barrister', 'solicitor', 'kc', 'qc'],
  barrister: ['counsel', 'lawyer', 'kc', 'qc'],
  counsel: ['lawyer', 'barrister', 'attorney', 'kc', 'qc'],
  attorney: ['lawyer', 'counsel'],
  defence: ['defending', 'defense'],
  defense: ['defending', 'defence'],
  prosecution: ['prosecuting', 'prosecutor'],
  prosecutor: ['prosecuting', 'prosecution'],
  coach: ['manager', 'trainer', 'boss'],
  manager: ['coach', 'boss'],
  boss: ['manager', 'coach', 'chief'],
  // Titles as abbreviated before a name: "Gov. Laura Kelly" … "the governor".
  governor: ['gov'],
  senator: ['sen'],
  representative: ['rep', 'congressman', 'congresswoman'],
  congressman: ['rep', 'representative'],
  congresswoman: ['rep', 'representative'],
  professor: ['prof'],
  president: ['pres'],
  general: ['gen'],
  superintendent: ['supt'],
  inspector: ['insp'],
  detective: ['det'],
  diplomat: ['envoy', 'ambassador', 'negotiator'],
  envoy: ['diplomat', 'ambassador'],
  ambassador: ['envoy', 'diplomat'],
  minister: ['secretary'],
  regulator: ['inspectorate', 'authority', 'watchdog', 'commission'],
  watchdog: ['regulator', 'inspectorate', 'authority', 'commission'],
  ...DEMONYMS,
};

/** The pattern for organisations in the trade `role` names, if it is one; own keys only, as in jobsFor. */
export const tradeName = (role: string): RegExp | undefined =>
  Object.hasOwn(TRADE_NAMES, role) ? TRADE_NAMES[role] : undefined;

/** The words a title and role give, lowercased ("health minister "), and the same as whole words between spaces. */
interface Given {
  text: string;
  /** Null until a job is first found in `text`: most people are never asked about whole words. */
  words: string | null;
}

/**
 * Every descriptor checks the title and role of every recent person, and the walk runs again after
 * each keystroke: lowercasing and splitting the same few strings each time was half its cost.
 */
const givenByTitle = new Map<string | null, Map<string | null, Given>>();
const given = (title: string | null, role: string | null): Given =>
  remembered(
    remembered(givenByTitle, title, () => new Map<string | null, Given>()),
    role,
    () => ({ text: `${title ?? ''} ${role ?? ''}`.toLowerCase(), words: null }),
  );

/** A person's title and role as one lowercased string, for a descriptor that may name part of it. */
export const givenText = (person: { title: string | null; role: string | null }): string =>
  given(person.title, person.role).text;

/** Whether the title or role the text gave someone holds one of `jobs` as a whole word. */
export function describes(person: { title: string | null; role: string | null }, jobs: readonly string[]): boolean {
  if (person.title === null && person.role === null) return false;
  const entry = given(person.title, person.role);
  // Most people were given no such words at all: a plain substring check spares the word split for them.
  if (!jobs.some((job) => entry.text.includes(job))) return false;
  const words = (entry.words ??= ` ${entry.text.replace(/[^\p{L}\p{M}-]+/gu, ' ')} `);
  return jobs.some((job) => words.includes(` ${job} `));
}

const jobsByWord = new Map<string, readonly string[]>();
/** A job and the other words for it; own keys only: "the constructor" once found Object's and threw. */
export const jobsFor = (word: string): readonly string[] =>
  remembered(jobsByWord, word, () => [word, ...(Object.hasOwn(SAME_ROLE, word) ? SAME_ROLE[word]! : [])]);
