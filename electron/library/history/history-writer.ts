// What the article store does to an article's history around each write, best effort: the write
// stands whatever happens here, and a history that cannot be kept is reported (onProblem). The
// store decides when; this file decides how: the first revision of a file that had no history,
// the revision a write adds, the history following a rename or going to the trash with its article.
import type { Article } from '../../../core/article/article';
import type { Clock } from '../../services/services';
import { withArticleLock, type LockOptions } from '../article-lock';
import type { FileSystem } from '../file-system';
import {
  historyPathFor,
  MAX_ARTICLE_FOR_HISTORY,
  moveHistory,
  recordRevisionHeld,
  tooLargeForHistory,
  type RevisionReason,
} from './history-store';

/** Who makes a write and why, for the article's history (history-store.ts); default an edit by the store's user. */
export interface WriteReason {
  by?: string;
  reason?: RevisionReason;
}

export interface HistoryWriterOptions {
  fs: FileSystem;
  clock: Clock;
  lock?: LockOptions;
  /** Who is writing when a write does not say (Settings › Your name, $BYLINE_USER). */
  user?: () => string;
  trash: (absolutePath: string) => Promise<void>;
  /** Told when a revision could not be added; the write itself has succeeded. */
  onProblem?: (file: string, problem: string) => void;
}

export class HistoryWriter {
  constructor(private readonly options: HistoryWriterOptions) {}

  /**
   * After a save: the article as it was on disk first, when its file had no history (the words
   * before the first accept, restore or edit stay on the record), then the article just written.
   * An article too large for a history is said so, per write.
   */
  async saved(
    before: Article | undefined,
    article: Article,
    bytes: number,
    file: string,
    path: string,
    why: WriteReason,
  ) {
    if (bytes > MAX_ARTICLE_FOR_HISTORY) return this.problem(file, tooLargeForHistory(file, bytes));
    if (before) await this.start(before, file, path);
    await this.add(article, file, path, why, false);
  }

  /** An imported file's first revision, from its bytes: parsed only when small enough for a history. */
  async imported(
    bytes: Uint8Array,
    parse: (bytes: Uint8Array) => Article | null,
    file: string,
    path: string,
    why: WriteReason,
  ) {
    const article = bytes.length > MAX_ARTICLE_FOR_HISTORY ? null : parse(bytes);
    if (article) return this.add(article, file, path, { reason: 'import', ...why }, true);
    this.problem(
      file,
      bytes.length > MAX_ARTICLE_FOR_HISTORY
        ? tooLargeForHistory(file, bytes.length)
        : 'the imported bytes are not JSON',
    );
  }

  /**
   * Adds the article just written, best effort. `lock` takes the article's lock for it (a new file
   * or name, whose lock is not held yet); otherwise the caller holds it.
   */
  async add(article: Article, file: string, path: string, why: WriteReason, lock: boolean): Promise<void> {
    const meta = { by: this.writer(why), reason: why.reason ?? 'edit', at: this.options.clock.now() };
    // Every article the store writes was checked on its way in (validForSaving, or an import's worker).
    const add = () => recordRevisionHeld(path, article, meta, { bodyChecked: true });
    await (lock ? withArticleLock(path, add, this.options.lock) : add()).catch((error: unknown) =>
      this.problem(file, error),
    );
  }

  /** The history follows its article to a new name, before the next revision is added to it. */
  async moved(oldPath: string, newPath: string, file: string): Promise<void> {
    await moveHistory(oldPath, newPath).catch((error: unknown) => this.problem(file, error));
  }

  /** The history goes to the trash with its article (the article is there whatever happens to it). */
  async trashed(path: string, file: string): Promise<void> {
    const history = historyPathFor(path);
    const there = await this.options.fs.lstat(history).then(
      (info) => info.isFile(),
      () => false,
    );
    if (there) await this.options.trash(history).catch((error: unknown) => this.problem(file, error));
  }

  /** The article as it was on disk, who wrote it unknown, as revision 1 of a file with no history yet. */
  private async start(before: Article, file: string, path: string): Promise<void> {
    const exists = await this.options.fs.lstat(historyPathFor(path)).then(
      () => true,
      () => false,
    );
    if (exists) return;
    const meta = { by: '', reason: 'earlier' as const, at: before.savedAt };
    await recordRevisionHeld(path, before, meta, { bodyChecked: true }).catch((error: unknown) =>
      this.problem(file, error),
    );
  }

  /** Who makes a write: as it says, else the store's user. */
  writer(why: WriteReason): string {
    return why.by ?? this.options.user?.() ?? '';
  }

  private problem(file: string, error: unknown): void {
    const problem = error instanceof Error ? error.message : String(error);
    if (this.options.onProblem) this.options.onProblem(file, problem);
    else console.warn(`Byline: the history of "${file}" was not updated: ${problem}`);
  }
}
