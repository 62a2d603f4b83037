// What a match is replaced with. Text is put in as typed; with a regular expression, "$1" and its
// kin take a group's text as the document holds it (curly quotes stay curly), not its folded form.
import type { Node as PMNode } from '@tiptap/pm/model';
import { originalRange } from './fold';
import {
  matchesInRun,
  textRuns,
  textRunsIn,
  type FindMatch,
  type FindQuery,
  type RunMatch,
  type TextRun,
} from './search';

export interface Replacement extends FindMatch {
  text: string;
}

/** What the find plugin knows when asked to replace. */
export interface FoundMatches {
  query: FindQuery;
  pattern: RegExp;
  matches: FindMatch[];
}

/**
 * The replacement for every match, in order: `template` as it is, or, for a regular expression,
 * with `$&` or `$0` (the match), `$1`…`$99` (a group), `$<name>` (a named group) and `$$` (a
 * dollar sign) filled in.
 */
export function replacements(doc: PMNode, { query, pattern, matches }: FoundMatches, template: string): Replacement[] {
  if (!query.regex) return matches.map((match) => ({ ...match, text: template }));
  const withPlaces = withGroupPlaces(pattern);
  return textRunsIn(doc).flatMap((run) =>
    matchesInRun(run, withPlaces).map((match) => replacementOf(run, match, template)),
  );
}

/** The replacement for one match found earlier, or null when the text there no longer matches. */
export function replacementAt(
  doc: PMNode,
  match: FindMatch,
  { query, pattern }: FoundMatches,
  template: string,
): Replacement | null {
  if (!query.regex) return { ...match, text: template };
  const $from = doc.resolve(match.from);
  if (!$from.parent.isTextblock) return null;
  const withPlaces = withGroupPlaces(pattern);
  for (const run of textRuns($from.parent, $from.before())) {
    const found = matchesInRun(run, withPlaces).find((m) => m.from === match.from && m.to === match.to);
    if (found) return replacementOf(run, found, template);
  }
  return null;
}

/** The pattern with the `d` flag, which gives each group's place: only replacing needs it, and it slows finding. */
function withGroupPlaces(pattern: RegExp): RegExp {
  return pattern.hasIndices ? pattern : new RegExp(pattern.source, `${pattern.flags}d`);
}

function replacementOf(run: TextRun, match: RunMatch, template: string): Replacement {
  return { from: match.from, to: match.to, text: expandTemplate(template, (group) => groupText(run, match, group)) };
}

/** A group's text as the document has it; undefined when the group does not exist. */
function groupText(run: TextRun, { found }: RunMatch, group: number | string): string | undefined {
  const span = typeof group === 'number' ? found.indices?.[group] : found.indices?.groups?.[group];
  const exists = typeof group === 'number' ? group < found.length : found.groups !== undefined && group in found.groups;
  if (!exists) return undefined;
  if (!span) return '';
  const range = originalRange(run.folded, span[0], span[1]);
  // A group that starts or ends inside an ellipsis has no whole characters of its own: its folded text.
  if (!range) return run.folded.text.slice(span[0], span[1]);
  return run.text.slice(range.from, range.to);
}

/** JavaScript's replacement patterns, plus `$0` for the whole match as many editors write it. */
export function expandTemplate(template: string, group: (which: number | string) => string | undefined): string {
  return template.replace(/\$(\$|&|<([^>]*)>|\d{1,2})/g, (token: string, what: string, name?: string) => {
    if (what === '$') return '$';
    if (what === '&') return group(0) ?? token;
    if (name !== undefined) return group(name) ?? token;
    const two = group(Number(what));
    if (two !== undefined) return two;
    // "$10" with a single group is group 1 followed by a zero, as in JavaScript.
    if (what.length === 2) {
      const one = group(Number(what[0]));
      if (one !== undefined) return one + what[1]!;
    }
    return token;
  });
}
