// What the two halves of the article store share: article-store.ts writes existing files back,
// article-placement.ts places new ones, and both must see one disk, one queue (so a rename's new
// name and a new article's never reach for the same name), one ledger of what was written (so a
// file just placed is not taken for someone else's change at its first save), one history, and
// one size limit (so every file written, old or new, can be opened again).
import { MAX_ARTICLE_BYTES } from '../../core/article/format';
import type { Article } from '../../core/article/article';
import { serializeArticle } from '../../core/article/serialize';
import type { Revision } from '../../core/ipc/contract';
import type { Clock } from '../services/services';
import type { LockOptions } from './article-lock';
import type { AtomicWriteOptions } from './atomic-write';
import { asIoError } from './disk-errors';
import type { Candidates } from './find-article';
import { nodeFileSystem, type FileSystem } from './file-system';
import { HistoryWriter } from './history/history-writer';
import { revisionOf, RevisionLedger } from './revision';
import { KeyedSerialQueue } from './serial-writes';
import { tooLargeToSave, type Operation } from './store-refusals';

export interface ArticleStoreOptions {
  folder: string;
  clock: Clock;
  /** Moves a file to the system's trash: `trash` from npm in the CLI, `shell.trashItem` in Electron. */
  trash: (absolutePath: string) => Promise<void>;
  /**
   * The files the index listed under an id and the ones changed since its last list; without it
   * every lookup of an id reads the folder (the command line).
   */
  candidates?: (id: string) => Promise<Candidates>;
  newId?: () => string;
  fs?: FileSystem;
  maxBytes?: number;
  /** Rename retry timing, for tests. */
  retryDelaysMs?: readonly number[];
  /** How long to wait for an article another writer holds, and when its lock counts as abandoned. */
  lock?: LockOptions;
  /** Who is writing, for the history when a write does not say (Settings › Your name, $BYLINE_USER). */
  user?: () => string;
  /** Told when a revision could not be added to an article's history; the write itself has succeeded. */
  onHistoryProblem?: (file: string, problem: string) => void;
}

export class StoreParts {
  readonly folder: string;
  readonly fs: FileSystem;
  readonly maxBytes: number;
  /** The file each id was last found in or written to: weighed first, never trusted on its own. */
  readonly files = new Map<string, string>();
  readonly ledger = new RevisionLedger();
  readonly history: HistoryWriter;
  readonly queue = new KeyedSerialQueue();
  readonly writeOptions: AtomicWriteOptions;

  constructor(readonly options: ArticleStoreOptions) {
    this.folder = options.folder;
    this.fs = options.fs ?? nodeFileSystem;
    this.history = new HistoryWriter({
      fs: this.fs,
      clock: options.clock,
      lock: options.lock,
      user: options.user,
      trash: options.trash,
      onProblem: options.onHistoryProblem,
    });
    this.maxBytes = options.maxBytes ?? MAX_ARTICLE_BYTES;
    this.writeOptions = { fs: this.fs, retryDelaysMs: options.retryDelaysMs };
  }

  /** The bytes of `article`, refused (in words for `operation`) when they would be too large to open again. */
  encode(article: Article, operation: Operation = 'save'): Uint8Array {
    const bytes = new TextEncoder().encode(serializeArticle(article));
    if (bytes.length > this.maxBytes) throw tooLargeToSave(bytes.length, this.maxBytes, operation);
    return bytes;
  }

  /** Notes that `file` now holds `id` as `bytes`, so its next save is not taken for a change by someone else. */
  async record(id: string, file: string, path: string, bytes: Uint8Array): Promise<Revision> {
    const info = await this.fs.stat(path).catch((error: unknown) => {
      throw asIoError(`"${file}" was saved but could not be checked`, error);
    });
    const revision = revisionOf(bytes, info.mtimeMs);
    this.ledger.wrote(file, revision);
    this.files.set(id, file);
    return revision;
  }
}
