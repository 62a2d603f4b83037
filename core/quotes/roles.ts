// The words a descriptor may use for a role the text gave in other words, so "the coach" finds "Dragan Petrović, her coach".

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
  judge: ['justice', 'magistrate'],
  forecaster: ['meteorologist', 'weather'],
  lawyer: ['attorney', 'counsel', 'barrister', 'solicitor', 'kc', 'qc'],
  barrister: ['counsel', 'lawyer', 'kc', 'qc'],
  counsel: ['lawyer', 'barrister', 'attorney', 'kc', 'qc'],
  attorney: ['lawyer', 'counsel'],
  defence: ['defending', 'defense'],
  defense: ['defending', 'defence'],
  prosecution: ['prosecuting', 'prosecutor'],
  prosecutor: ['prosecuting', 'prosecution'],
  coach: ['manager', 'trainer'],
  manager: ['coach'],
};

/** Whether the title or role the text gave someone holds one of `jobs` as a whole word. */
export function describes(person: { title: string | null; role: string | null }, jobs: readonly string[]): boolean {
  if (person.title === null && person.role === null) return false;
  const given = `${person.title ?? ''} ${person.role ?? ''}`.toLowerCase();
  // Most people were given no such words at all: a plain substring check spares the word split for them.
  if (!jobs.some((job) => given.includes(job))) return false;
  const described = ` ${given.replace(/[^\p{L}\p{M}-]+/gu, ' ')} `;
  return jobs.some((job) => described.includes(` ${job} `));
}
