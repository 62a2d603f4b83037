// `byline list FOLDER`: one JSON object per article file, unreadable ones with their reason.
import { join } from 'node:path';
import { createLibraryIndex } from '../../electron/library/index/library-index';
import { libraryFolder, noMoreArguments } from '../usage';

export async function listCommand(args: string[]): Promise<unknown> {
  const [folderArgument, ...extra] = args;
  const folder = libraryFolder(folderArgument);
  noMoreArguments(extra);
  // One-shot: no cache, no search, and every body fully checked here since no worker will.
  const index = createLibraryIndex({ folder, cacheFile: null, build: { kind: 'none' }, fullCheckLimit: Number.POSITIVE_INFINITY });
  const entries = await index.list();
  await index.close();
  return entries.map((entry) =>
    entry.kind === 'article'
      ? { id: entry.id, path: join(folder, entry.file), headline: entry.headline, status: entry.status, savedAt: entry.savedAt, words: entry.words }
      : { path: join(folder, entry.file), error: entry.error },
  );
}
