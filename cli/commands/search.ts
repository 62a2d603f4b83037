// `byline search FOLDER QUERY`: matching articles best first, as {"id","path","headline","score"}.
import { join } from 'node:path';
import { createLibraryIndex } from '../../electron/library/index/library-index';
import type { CommandInput } from '../command-spec';
import type { COMMANDS } from '../command-table';

/** Enough for any pipeline; the app's sidebar asks for fewer. */
const CLI_SEARCH_LIMIT = 1000;

export async function searchCommand({
  FOLDER: folder,
  QUERY: query,
}: CommandInput<typeof COMMANDS.search>): Promise<unknown> {
  // One-shot: the index is built right here, in this process, and not cached.
  const index = createLibraryIndex({ folder, cacheFile: null, build: { kind: 'inline' } });
  await index.list();
  await index.searchSettled();
  const { hits } = await index.search(query, CLI_SEARCH_LIMIT);
  await index.close();
  return hits.map((hit) => ({ id: hit.id, path: join(folder, hit.file), headline: hit.headline, score: hit.score }));
}
