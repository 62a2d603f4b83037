// Backups of unsaved edits (RELIABILITY.md item 5): one file per article in the user-data
// folder, never in the library, written atomically and offered back after a crash.
import { join } from 'node:path';
import type { Article } from '../../core/article/article';
import { ArticleId } from '../../core/article/article';
import { Backup } from '../../core/ipc/contract';
import { BylineError } from '../../core/ipc/errors';
import type { BackupStore } from '../services/services';
import { writeFileAtomic } from './atomic-write';
import { asIoError } from './disk-errors';
import { errorCode, nodeFileSystem, type FileSystem } from './file-system';
import { KeyedSerialQueue } from './serial-writes';

export interface BackupFolderOptions {
  /** A folder of its own under the user-data folder, e.g. `<userData>/backups`. */
  folder: string;
  fs?: FileSystem;
}

const EXTENSION = '.backup.json';

export class BackupFolder implements BackupStore {
  private readonly fs: FileSystem;
  private readonly queue = new KeyedSerialQueue();

  constructor(private readonly options: BackupFolderOptions) {
    this.fs = options.fs ?? nodeFileSystem;
  }

  write(article: Article, seq: number, at: string): Promise<void> {
    const path = this.pathOf(article.id);
    return this.queue.run(article.id, async () => {
      await this.fs.mkdir(this.options.folder).catch((error: unknown) => {
        throw asIoError('Could not create the backups folder', error);
      });
      const backup: Backup = { id: article.id, seq, at, article };
      await writeFileAtomic(path, new TextEncoder().encode(JSON.stringify(backup)), { fs: this.fs });
    });
  }

  /** Every backup that can be read; a damaged one is skipped, never a reason to fail the start. */
  async list(): Promise<Backup[]> {
    let names: string[];
    try {
      names = await this.fs.readdir(this.options.folder);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return [];
      throw asIoError('Could not read the backups folder', error);
    }
    const backups: Backup[] = [];
    for (const name of names.sort()) {
      if (!name.endsWith(EXTENSION) || name.startsWith('.')) continue;
      const backup = await this.read(join(this.options.folder, name));
      if (backup && `${backup.id}${EXTENSION}` === name) backups.push(backup);
    }
    return backups;
  }

  discard(id: string, upToSeq?: number): Promise<void> {
    const path = this.pathOf(id);
    return this.queue.run(id, async () => {
      if (upToSeq !== undefined) {
        const stored = await this.read(path);
        // A newer backup holds edits made after the save it would be discarded for: keep it.
        if (!stored || stored.seq > upToSeq) return;
      }
      await this.fs.unlink(path).catch((error: unknown) => {
        if (errorCode(error) !== 'ENOENT') throw asIoError('Could not delete a backup', error);
      });
    });
  }

  private pathOf(id: string): string {
    if (!ArticleId.safeParse(id).success) throw new BylineError('BAD_ARGUMENTS', 'A backup belongs to an article id.');
    return join(this.options.folder, `${id}${EXTENSION}`);
  }

  private async read(path: string): Promise<Backup | null> {
    try {
      const parsed = Backup.safeParse(JSON.parse(new TextDecoder().decode(await this.fs.readFile(path))));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }
}
