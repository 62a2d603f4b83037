// An import's file placed in the library: the worker's bytes written once, exclusively, under the
// first free name from the slug the worker gave them (the store's naming, ArticleFileStore's
// createFromBytes). When that name is taken (the same story imported twice, or a name taken while
// the worker read), the slug is changed in the bytes, one copy of them, rather than serializing
// the article again on this thread.
import { withSlug } from '../../../core/import/article-file';
import type { ArticleFileStore } from '../article-store';
import type { ImportedFile } from './import-file';

export type PlacingStore = Pick<ArticleFileStore, 'createFromBytes'>;

export function placeImported(store: PlacingStore, made: ImportedFile) {
  return store.createFromBytes(made, (slug) => withSlug(made.bytes, made.slug, slug));
}
