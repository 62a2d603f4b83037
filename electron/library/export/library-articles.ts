// The article files of a whole library, for exporting all of it: every `*.byline.json` in the
// folder (not below it), in name order so a batch always runs, and numbers its pages, the same way.
import { join } from 'node:path';
import { isArticleFileName } from '../../../core/article/format';
import { asIoError } from '../disk-errors';
import { nodeFileSystem, type FileSystem } from '../file-system';

export async function libraryArticleFiles(folder: string, fs: FileSystem = nodeFileSystem): Promise<string[]> {
  const names = await fs.readdir(folder).catch((error: unknown) => {
    throw asIoError(`Could not list the library folder ${folder}`, error);
  });
  return names
    .filter(isArticleFileName)
    .sort()
    .map((name) => join(folder, name));
}
