// `byline list FOLDER`: one JSON object per article file, unreadable ones with their reason. A file
// carrying another file's id (a copy) is listed under the id it is known by, with a note on stderr.
import { join } from 'node:path';
import { createLibraryIndex } from '../../electron/library/index/library-index';
import type { CommandInput } from '../command-spec';
import type { COMMANDS } from '../command-table';

export async function listCommand({ FOLDER: folder }: CommandInput<typeof COMMANDS.list>): Promise<unknown> {
  // One-shot: no cache, no search, and every body fully checked here since no worker will.
  const index = createLibraryIndex({
    folder,
    cacheFile: null,
    build: { kind: 'none' },
    fullCheckLimit: Number.POSITIVE_INFINITY,
  });
  const entries = await index.list();
  await index.close();
  for (const [file, copy] of index.copies()) {
    process.stderr.write(
      `byline: "${file}" carries the same article id as "${copy.original}" (a copy); it is listed as ${copy.id} and opens read-only in Byline until saved as a copy.\n`,
    );
  }
  return entries.map((entry) =>
    entry.kind === 'article'
      ? {
          id: entry.id,
          path: join(folder, entry.file),
          headline: entry.headline,
          status: entry.status,
          savedAt: entry.savedAt,
          words: entry.words,
        }
      : { path: join(folder, entry.file), error: entry.error },
  );
}
