// Writing an imported article into a library folder as a new file: its slug made unique among
// the folder's files (as the article store names new articles), written atomically and durably.
import { Slug, type Article } from '../../../core/article/article';
import { serializeArticle } from '../../../core/article/serialize';
import { uniqueSlug } from '../../../core/article/slug';
import { writeFileAtomic } from '../atomic-write';
import { asIoError } from '../disk-errors';
import { nodeFileSystem, type FileSystem } from '../file-system';
import { fileNameForSlug, resolveInLibrary } from '../library-paths';

export interface SavedImport {
  /** The article as written: its slug may have gained a -2, -3… */
  article: Article;
  path: string;
}

export async function saveImportedArticle(folder: string, article: Article, fs: FileSystem = nodeFileSystem): Promise<SavedImport> {
  const names = await fs.readdir(folder).catch((error: unknown) => {
    throw asIoError('Could not read the library folder', error);
  });
  // Case-insensitive, because macOS and Windows folders are.
  const taken = new Set(names.map((name) => name.toLowerCase()));
  const isTaken = (slug: string) => taken.has(fileNameForSlug(slug).toLowerCase());
  let slug = uniqueSlug(article.slug, isTaken);
  // A suffix cut into an astral-plane letter would make a slug the format refuses.
  if (!Slug.safeParse(slug).success) slug = uniqueSlug('untitled', isTaken);
  const saved: Article = { ...article, slug };
  const path = await resolveInLibrary(fs, folder, fileNameForSlug(slug));
  await writeFileAtomic(path, new TextEncoder().encode(serializeArticle(saved)), { fs });
  return { article: saved, path };
}
