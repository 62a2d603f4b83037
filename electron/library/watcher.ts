// Watching the library folder for changes made by other programs (sync clients, colleagues on a
// shared drive), so the list stays current and an open article's editor can be told.
import { basename, dirname, resolve } from 'node:path';
import { watch } from 'chokidar';
import { isArticleFileName } from '../../core/article/format';

export type LibraryChange = 'changed' | 'removed';

export interface WatchOptions {
  /** How long a file must stay the same size before it counts as written; sync clients write in pieces. */
  settleMs?: number;
  /** Called once the folder is being watched; changes before that may go unreported. */
  onReady?: () => void;
}

/** Calls `onChange(fileName, kind)` for every article file added, changed or removed; returns the way to stop. */
export function watchLibrary(
  folder: string,
  onChange: (file: string, change: LibraryChange) => void,
  options: WatchOptions = {},
): () => Promise<void> {
  const root = resolve(folder);
  const watcher = watch(root, {
    depth: 0,
    ignoreInitial: true,
    // Our own temp files (".name.random.tmp") and every other dotfile are not articles.
    ignored: (path: string) => resolve(path) !== root && basename(path).startsWith('.'),
    awaitWriteFinish: { stabilityThreshold: options.settleMs ?? 100, pollInterval: 25 },
  });
  const report = (change: LibraryChange) => (path: string) => {
    const file = basename(path);
    if (dirname(resolve(path)) === root && isArticleFileName(file)) onChange(file, change);
  };
  watcher.on('add', report('changed'));
  watcher.on('change', report('changed'));
  watcher.on('unlink', report('removed'));
  if (options.onReady) watcher.once('ready', options.onReady);
  return () => watcher.close();
}
