// Test helper: library indexes opened by a test, closed after it, and a search index ready to ask.
import { afterEach } from 'vitest';
import {
  createLibraryIndex,
  type LibraryIndexOptions,
  type LibraryIndexService,
} from '../../../../electron/library/index/library-index';

export interface OpenIndexes {
  /** Opens an index (no cache, built inline unless told otherwise), closed after the test. */
  open(options: Partial<LibraryIndexOptions> & { folder: string }): LibraryIndexService;
  /** An index of `folder` listed and fully built, so search answers from bodies. */
  ready(folder: string): Promise<LibraryIndexService>;
}

/** Call at the top of a test file: registers the closing of every index the file's tests open. */
export function openIndexes(): OpenIndexes {
  const opened: LibraryIndexService[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((index) => index.close()));
  });
  const open: OpenIndexes['open'] = (options) => {
    const index = createLibraryIndex({ cacheFile: null, build: { kind: 'inline' }, ...options });
    opened.push(index);
    return index;
  };
  return {
    open,
    async ready(folder) {
      const index = open({ folder });
      await index.list();
      await index.searchSettled();
      return index;
    },
  };
}

/** The ids of the hits for `query`, best first. */
export const hitIds = async (index: LibraryIndexService, query: string): Promise<string[]> =>
  (await index.search(query)).hits.map((hit) => hit.id);
