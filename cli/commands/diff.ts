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

interface Asked {
  from: number | undefined;
  to: number | undefined;
}

/** The two revisions compared: as asked, the latest for a missing --to, the one before --to for a missing --from. */
function revisionsCompared(file: string, revisions: { rev: number }[], asked: Asked): { from: number; to: number } {
  const latest = revisions.at(-1)?.rev;
  if (latest === undefined) throw new Error(`${file} has no history yet: nothing to compare.`);
  const to = asked.to ?? latest;
  if (asked.from !== undefined) return { from: asked.from, to };
  const at = revisions.findIndex((revision) => revision.rev === to);
  if (at < 0) throw new Error(`${file} has no revision ${to}.`);
  if (at === 0) throw new Error(`Revision ${to} of ${file} is its first: there is none before it to compare.`);
  return { from: revisions[at - 1]!.rev, to };
}

export async function diffCommand(input: CommandInput<typeof COMMANDS.diff>): Promise<PrintedChange[]> {
  const asked: Asked = {
    from: input.from === undefined ? undefined : revisionNumber(input.from, '--from'),
    to: input.to === undefined ? undefined : revisionNumber(input.to, '--to'),
  };
  const found = await historyOfFile(input.FILE);
  const pair =
    asked.from !== undefined && asked.to !== undefined
      ? { from: asked.from, to: asked.to }
      : revisionsCompared(input.FILE, await revisionsOf(input.FILE, found), asked);
  const [before, after] = await Promise.all([
    found.history.read(found.name, pair.from),
    found.history.read(found.name, pair.to),
  ]);
  return diffBodies(bodyAsItStands(before.body), bodyAsItStands(after.body)).flatMap((part) =>
    part.kind === 'equal' ? [] : [{ kind: part.kind, text: part.text }],
  );
}
