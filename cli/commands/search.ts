// `byline search FOLDER QUERY`: matching articles best first, as {"id","path","headline","score"}.
import { join } from 'node:path';
import { createLibraryIndex } from '../../electron/library/index/library-index';
import { libraryFolder, noMoreArguments, UsageError } from '../usage';

/** Enough for any pipeline; the app's sidebar asks for fewer. */
const CLI_SEARCH_LIMIT = 1000;

export async function searchCommand(args: string[]): Promise<unknown> {
  const [folderArgument, query, ...extra] = args;
  const folder = libraryFolder(folderArgument);
  if (query === undefined) throw new UsageError('missing the search QUERY');
  noMoreArguments(extra);
  // One-shot: the index is built right here, in this process, and not cached.
  const index = createLibraryIndex({ folder, cacheFile: null, build: { kind: 'inline' } });
  await index.list();
  await index.searchSettled();
  const { hits } = await index.search(query, CLI_SEARCH_LIMIT);
  await index.close();
  return hits.map((hit) => ({ id: hit.id, path: join(folder, hit.file), headline: hit.headline, score: hit.score }));
}
