// One finding of the pre-publish check: what is wrong, whether it stops publication, and where
// to jump to fix it (a field of the article, or a range of the body in ProseMirror positions).

/** The article fields a problem can point at, named as the article's keys. */
export type ProblemField =
  'headline' | 'bylines' | 'dateline' | 'sources' | 'lengthTarget' | 'embargoUntil' | 'updates' | 'body' | 'review';

export type ProblemWhere = { field: ProblemField } | { body: { from: number; to: number } };

export type Severity = 'blocking' | 'warning';

export interface Problem {
  /** Stable, kebab-case: scripts and the record of an override rely on it. */
  code: ProblemCode;
  severity: Severity;
  /** A sentence a reporter understands, naming the thing that is wrong. */
  message: string;
  where: ProblemWhere;
}

export const PROBLEM_CODES = [
  'missing-headline',
  'headline-too-long',
  'missing-byline',
  'missing-dateline',
  'embargo-in-future',
  'update-before-publication',
  'page-dates-pending',
  'unreadable-body',
  'newer-content',
  'unattributed-quote',
  'unknown-source',
  'empty-link',
  'disallowed-link',
  'unverified-source',
  'body-too-short',
  'not-approved',
  'open-suggestion',
  'unresolved-comment',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export const isBlocking = (problem: Problem): boolean => problem.severity === 'blocking';

/** The codes of the blocking problems, each once, in the order they were found: what an override records. */
export function blockingCodes(problems: readonly Problem[]): ProblemCode[] {
  return [...new Set(problems.filter(isBlocking).map((problem) => problem.code))];
}

/** A quotation or linked text shortened for a message: “We will only leave…”. */
export function excerpt(text: string, max = 30): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.!?–—-]+$/u, '')}…`;
}
