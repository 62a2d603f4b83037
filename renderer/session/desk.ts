// The desk: which article is open, and moving between articles without losing a word —
// flushing the current one first, and resolving conflicts and crash backups.
import { emptyBody } from '../../core/body/schema';
import type { Backup, OpenedArticle, UnreadableEntry } from '../../core/ipc/contract';
import type { BylineApi } from '../bridge';
import { ArticleSession, type SessionOptions } from './articleSession';
import type { BodyPort } from './bodyPort';

export type DeskApi = Pick<
  BylineApi,
  | 'openArticle'
  | 'createArticle'
  | 'duplicateArticle'
  | 'keepAsSeparateArticle'
  | 'saveArticle'
  | 'saveArticleCopy'
  | 'writeBackup'
  | 'deleteArticle'
  | 'discardBackup'
>;

export type DeskView =
  { kind: 'empty' } | { kind: 'article'; session: ArticleSession } | { kind: 'unreadable'; entry: UnreadableEntry };

export interface DeskSnapshot {
  view: DeskView;
  /** A problem the reporter should see that belongs to no open article (an article that would not open). */
  notice: string | null;
}

export type ConflictChoice = 'reload' | 'keepMine' | 'saveCopy';

export interface DeskOptions {
  api: DeskApi;
  body: BodyPort;
  /** Timing overrides for tests. */
  sessionOptions?: Pick<SessionOptions, 'autosave' | 'backupIntervalMs' | 'whoIsEditing'>;
}

export class Desk {
  private snapshot: DeskSnapshot = { view: { kind: 'empty' }, notice: null };
  private readonly listeners = new Set<() => void>();
  private readonly savedListeners = new Set<() => void>();

  constructor(private readonly options: DeskOptions) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): DeskSnapshot => this.snapshot;

  /** Called after any save or copy reached the disk. */
  onSaved(listener: () => void): () => void {
    this.savedListeners.add(listener);
    return () => this.savedListeners.delete(listener);
  }

  get session(): ArticleSession | null {
    return this.snapshot.view.kind === 'article' ? this.snapshot.view.session : null;
  }

  async open(id: string): Promise<void> {
    if (this.session?.id === id) return;
    if (!(await this.leave())) return;
    const opened = await this.options.api.openArticle({ id });
    if (opened.ok) this.show(opened.value);
    else this.setNotice(opened.error.message);
  }

  async showUnreadable(entry: UnreadableEntry): Promise<void> {
    if (!(await this.leave())) return;
    this.setView({ kind: 'unreadable', entry });
  }

  async create(): Promise<void> {
    if (!(await this.leave())) return;
    const created = await this.options.api.createArticle({});
    if (created.ok) this.show(created.value);
    else this.setNotice(created.error.message);
  }

  /** Saves the open article, then opens a new draft made from it. */
  async duplicate(id: string): Promise<void> {
    if (!(await this.leave())) return;
    const copy = await this.options.api.duplicateArticle({ id });
    if (!copy.ok) return this.setNotice(copy.error.message);
    this.notifySaved();
    this.show(copy.value);
  }

  /**
   * The open read-only copy (two files carrying one id) becomes an article of its own: main writes
   * a new id into its file, keeping all else (dates, corrections, publish record), and it reopens
   * editable. A copy has nothing unsaved, so there is nothing to flush first.
   */
  async keepAsSeparateArticle(): Promise<void> {
    const session = this.session;
    if (!session) return;
    const kept = await this.options.api.keepAsSeparateArticle({ id: session.id });
    if (this.session !== session) return;
    if (!kept.ok) return this.setNotice(kept.error.message);
    session.dispose();
    this.notifySaved();
    this.show(kept.value);
  }

  async close(): Promise<void> {
    if (await this.leave()) this.setView({ kind: 'empty' });
  }

  saveNow(): Promise<void> {
    return this.session?.save() ?? Promise.resolve();
  }

  /** Before the window closes: save what can be saved, back up what could not. */
  async flushForClose(): Promise<void> {
    const session = this.session;
    if (!session) return;
    await session.save();
    if (session.unsaved) await session.backupNow().catch(() => undefined);
  }

  async trash(id: string): Promise<void> {
    const removed = await this.options.api.deleteArticle({ id });
    if (!removed.ok) return this.setNotice(removed.error.message);
    if (this.session?.id === id) {
      this.session.dispose();
      this.setView({ kind: 'empty' });
    }
    this.notifySaved();
  }

  /** The watcher saw the file of an open article change: reload quietly, or ask if there are unsaved edits. */
  async changedOnDisk(id: string): Promise<void> {
    const session = this.session;
    if (!session || session.id !== id) return;
    await session.idle();
    if (this.session !== session) return;
    const fresh = await this.options.api.openArticle({ id });
    if (this.session !== session) return;
    if (fresh.ok && fresh.value.revision.hash === session.revision.hash) return; // our own save
    if (session.unsaved) {
      session.markConflict(
        !fresh.ok
          ? 'This article was removed from the library on disk.'
          : fresh.value.file !== session.file
            ? movedMessage(session.file, fresh.value.file)
            : 'This article changed on disk.',
      );
    } else if (fresh.ok) {
      session.dispose();
      this.show(fresh.value);
    } else {
      session.dispose();
      this.setView({ kind: 'empty' });
      this.setNotice(fresh.error.message);
    }
  }

  async resolveConflict(choice: ConflictChoice): Promise<void> {
    const session = this.session;
    if (!session) return;
    if (choice === 'saveCopy') return this.saveAsCopy(session);
    const fresh = await this.options.api.openArticle({ id: session.id });
    if (!fresh.ok) {
      // The file is gone: keeping mine can only mean a new file; reloading means closing.
      if (choice === 'keepMine') return this.saveAsCopy(session);
      session.dispose();
      this.setView({ kind: 'empty' });
      return this.setNotice(fresh.error.message);
    }
    if (choice === 'keepMine') return session.keepMine(fresh.value);
    session.dispose();
    await this.options.api.discardBackup({ id: session.id });
    this.show(fresh.value);
  }

  /** Crash recovery: open the article with the backed-up content, unsaved, so autosave writes it. */
  async restore(backup: Backup): Promise<void> {
    if (!(await this.leave())) return;
    const onDisk = await this.options.api.openArticle({ id: backup.id });
    if (onDisk.ok && onDisk.value.readOnly === null) {
      this.show({ ...onDisk.value, article: backup.article }, { seq: backup.seq });
      return;
    }
    const copy = await this.options.api.saveArticleCopy({ article: backup.article });
    if (!copy.ok) return this.setNotice(copy.error.message);
    await this.options.api.discardBackup({ id: backup.id });
    this.notifySaved();
    this.show(copy.value);
  }

  async discard(backup: Backup): Promise<void> {
    const discarded = await this.options.api.discardBackup({ id: backup.id });
    if (!discarded.ok) this.setNotice(discarded.error.message);
  }

  /** The editor met content its schema cannot hold: stop writing this article. */
  contentError(message: string): void {
    this.options.body.setEditable(false);
    this.session?.stop(contentErrorText(message));
  }

  dismissNotice(): void {
    this.setNotice(null);
  }

  private async saveAsCopy(session: ArticleSession): Promise<void> {
    const copy = await this.options.api.saveArticleCopy({ article: session.draft() });
    if (!copy.ok) return this.setNotice(copy.error.message);
    session.dispose();
    await this.options.api.discardBackup({ id: session.id });
    this.notifySaved();
    this.show(copy.value);
  }

  /** Saves the open article before another takes its place; false keeps it open (its save failed). */
  private async leave(): Promise<boolean> {
    const session = this.session;
    if (!session) return true;
    await session.save();
    if (session.unsaved) {
      await session.backupNow().catch(() => undefined);
      return false;
    }
    session.dispose();
    return true;
  }

  private show(opened: OpenedArticle, restoredFrom?: { seq: number }): void {
    const session = new ArticleSession({
      opened,
      api: this.options.api,
      readBody: () => this.options.body.read(),
      ...(restoredFrom ? { restoredFrom } : {}),
      ...this.options.sessionOptions,
    });
    session.onSaved(() => this.notifySaved());
    const problem = this.options.body.load(opened.article.body, opened.readOnly === null);
    this.snapshot = { view: { kind: 'article', session }, notice: null };
    if (problem !== null) this.contentError(problem);
    this.emit();
  }

  private setView(view: DeskView): void {
    if (view.kind !== 'article') this.options.body.load(emptyBody(), false);
    this.snapshot = { ...this.snapshot, view };
    this.emit();
  }

  private setNotice(notice: string | null): void {
    this.snapshot = { ...this.snapshot, notice };
    this.emit();
  }

  private notifySaved(): void {
    for (const listener of this.savedListeners) listener();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

/** The article's id leads to another file now (a copy's rule, duplicate-ids.ts in main, or a rename). */
function movedMessage(was: string, now: string): string {
  return `This article is now the file "${now}" (another file carrying its id was saved more recently, or its file was renamed); "${was}" is not its file any more. Your edits are not saved yet.`;
}

function contentErrorText(message: string): string {
  return `The body holds content this editor cannot keep (${message.replace(/^\[tiptap error\]:\s*/, '')}); autosave is off for this article.`;
}
