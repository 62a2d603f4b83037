// Turning a file name into a path inside the library folder, and refusing every name or
// symlink that would lead outside it: the renderer never hands main a path of its own.
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ARTICLE_EXTENSION } from '../../core/article/format';
import { BylineError } from '../../core/ipc/errors';
import { errorCode, type FileSystem } from './file-system';

/** `nato-allies-meet` → `nato-allies-meet.byline.json`. */
export function fileNameForSlug(slug: string): string {
  return `${slug}${ARTICLE_EXTENSION}`;
}

/** The slug part of an article file name, or null for other files. */
export function slugOfFileName(name: string): string | null {
  return name.endsWith(ARTICLE_EXTENSION) ? name.slice(0, -ARTICLE_EXTENSION.length) : null;
}

/** Checks that `name` is one plain file name, then joins it to the folder. */
export function libraryPath(folder: string, name: string): string {
  if (name === '' || name === '.' || name === '..' || /[/\\\0]/.test(name) || isAbsolute(name)) {
    throw new BylineError(
      'OUTSIDE_LIBRARY',
      `${JSON.stringify(name.slice(0, 80))} is not a file name inside the library.`,
    );
  }
  const path = join(resolve(folder), name);
  if (!isInside(resolve(folder), path)) {
    throw new BylineError(
      'OUTSIDE_LIBRARY',
      `${JSON.stringify(name.slice(0, 80))} is not a file name inside the library.`,
    );
  }
  return path;
}

/**
 * As `libraryPath`, and also follows a symlink of that name: one whose target lies outside the
 * library (or cannot be resolved) is refused, so nothing outside is ever read or written.
 */
export async function resolveInLibrary(fs: FileSystem, folder: string, name: string): Promise<string> {
  const path = libraryPath(folder, name);
  let link = false;
  try {
    link = (await fs.lstat(path)).isSymbolicLink();
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return path;
    throw error;
  }
  if (!link) return path;
  const [target, root] = await Promise.all([fs.realpath(path).catch(() => null), fs.realpath(folder)]);
  if (target === null || !isInside(root, target)) {
    throw new BylineError(
      'OUTSIDE_LIBRARY',
      `"${name}" is a link to a file outside the library folder; Byline does not open or change it.`,
    );
  }
  return path;
}

function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}
