// The library list cache in the user-data folder: one entry per file, valid while size and mtime match.
import { readFileSync } from 'node:fs';
import type { LibraryEntry } from '../../../core/ipc/contract';
import { writeFileAtomic } from '../atomic-write';

export interface CachedEntry {
  size: number;
  mtimeMs: number;
  entry: LibraryEntry;
  /** Whether the body was loaded into the editor's schema too (full readArticle), not just the quick check. */
  checked: boolean;
}

interface CacheFile {
  format: 'byline.library-list';
  version: 2;
  folder: string;
  files: Record<string, CachedEntry>;
}

/** The cached entries of `folder`; empty when the cache is missing, corrupt or another library's. */
export function loadListCache(path: string, folder: string): Map<string, CachedEntry> {
  try {
    const cache = JSON.parse(readFileSync(path, 'utf8')) as Partial<CacheFile>;
    if (cache.format !== 'byline.library-list' || cache.version !== 2 || cache.folder !== folder || typeof cache.files !== 'object' || cache.files === null) {
      return new Map();
    }
    const entries = new Map<string, CachedEntry>();
    for (const [file, cached] of Object.entries(cache.files)) {
      const valid = cached && typeof cached.size === 'number' && typeof cached.mtimeMs === 'number' && cached.entry && cached.entry.file === file;
      if (valid) entries.set(file, cached);
    }
    return entries;
  } catch {
    return new Map();
  }
}

export async function saveListCache(path: string, folder: string, entries: Map<string, CachedEntry>): Promise<void> {
  const cache: CacheFile = { format: 'byline.library-list', version: 2, folder, files: Object.fromEntries(entries) };
  await writeFileAtomic(path, new TextEncoder().encode(JSON.stringify(cache)));
}
