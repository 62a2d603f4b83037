// `byline diff FILE [--from REV] [--to REV]`: what changed in the body between two revisions, as
// [{"kind":"insert"|"delete","text"}] in reading order. Without --to, the latest revision; without
// --from, the one before --to. A revision the history does not hold is refused (exit 1).
// Each body is compared as it stands (core/review/as-it-stands.ts: suggested words left out,
// struck-out words kept), the text a reader would get: a suggestion changes nothing until it is
// accepted, and then the diff reads "all night" replaced by "until dawn", not the two run together.
import { bodyAsItStands } from '../../core/review/as-it-stands';
import { diffBodies } from '../../core/review/diff';
import { historyOfFile, revisionNumber, revisionsOf } from '../article-history';
import type { CommandInput } from '../command-spec';
import type { COMMANDS } from '../command-table';

export interface PrintedChange {
  kind: 'insert' | 'delete';
  text: string;
}

export async function diffCommand(input: CommandInput<typeof COMMANDS.diff>): Promise<PrintedChange[]> {
  const from = input.from === undefined ? undefined : revisionNumber(input.from, '--from');
  const to = input.to === undefined ? undefined : revisionNumber(input.to, '--to');
  const found = await historyOfFile(input.FILE);
  const pair = from !== undefined && to !== undefined ? { from, to } : defaults(await revisionsOf(input.FILE, found));
  const [before, after] = await Promise.all([
    found.history.read(found.name, pair.from),
    found.history.read(found.name, pair.to),
  ]);
  return diffBodies(bodyAsItStands(before.body), bodyAsItStands(after.body)).flatMap((part) =>
    part.kind === 'equal' ? [] : [{ kind: part.kind, text: part.text }],
  );

  function defaults(revisions: { rev: number }[]): { from: number; to: number } {
    const latest = revisions.at(-1)?.rev;
    if (latest === undefined) throw new Error(`${input.FILE} has no history yet: nothing to compare.`);
    const end = to ?? latest;
    if (from !== undefined) return { from, to: end };
    const at = revisions.findIndex((revision) => revision.rev === end);
    if (at < 0) throw new Error(`${input.FILE} has no revision ${end}.`);
    if (at === 0) throw new Error(`Revision ${end} of ${input.FILE} is its first: there is none before it to compare.`);
    return { from: revisions[at - 1]!.rev, to: end };
  }
}
