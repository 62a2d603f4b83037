// One open article's way to the disk: tracks unsaved edits, autosaves them one save at a time,
// backs them up while typing, and stops rather than overwrite what it must not.
import type { Article } from '../../core/article/article';
import type { BodyJSON } from '../../core/body/schema';
import type { OpenedArticle, Revision } from '../../core/ipc/contract';
import { reviewOf, type Review } from '../../core/review/review';
import { READER_FIELDS, reopenAfterPublication } from '../../core/review/stages';
import type { BylineApi } from '../bridge';
import { fieldsOf, patchFields, sameFields, type ArticleFields, type FieldsPatch } from './articleFields';
import { joinedStamps, stampsOf, type ArticleStamps } from './articleStamps';
import { AutosaveTimer, AUTOSAVE_TIMING, type AutosaveTimerOptions } from './autosaveTimer';
import { BackupThrottle, BACKUP_INTERVAL_MS } from './backupThrottle';
import type { SaveState } from './saveState';
import { sameSnapshot, type SessionSnapshot } from './sessionSnapshot';
import { SerialQueue } from './serialQueue';

export type SessionApi = Pick<BylineApi, 'saveArticle' | 'writeBackup'>;

export interface SessionOptions {
  opened: OpenedArticle;
  api: SessionApi;
  /** The body as the editor holds it now; read only when saving or backing up. */
  readBody: () => BodyJSON;
  /** The backup this session's content came from: counted as unsaved, and covered by the first save. */
  restoredFrom?: { seq: number };
  autosave?: AutosaveTimerOptions;
  backupIntervalMs?: number;
  /** Who is at the keyboard (Settings › Your name), for the desk's record of a reopened story. */
  whoIsEditing?: () => string;
}

/** Fields whose change a reader would see: changing one reopens a published story on the desk. */
const READER_FIELD_NAMES: ReadonlySet<string> = new Set(READER_FIELDS);

interface BackupRecord {
  seq: number;
  version: number;
}

export class ArticleSession {
  private opened: OpenedArticle;
  private fields: ArticleFields;
  private stamps: ArticleStamps;
  /** The desk's review as moved and commented here; undefined while the file has none and nobody touched it. */
  private review: Review | undefined;
  private reviewView: Review;
  /** False from a stamp until a save has written it: "Keep mine" must not lose a stamp of either side. */
  private stampsOnDisk = true;
  /** Counts edits; a save covers the edits up to the version it read. */
  private version = 0;
  private savedVersion = 0;
  private saving = false;
  /** The version the save in flight writes, while one runs. */
  private savingVersion: number | null = null;
  private failure: string | null = null;
  private conflictMessage: string | null = null;
  private stoppedBecause: string | null = null;
  private disposed = false;
  private seq = 0;
  private backups: BackupRecord[] = [];
  private backupInFlight: Promise<unknown> = Promise.resolve();
  private readonly queue = new SerialQueue();
  private readonly autosave: AutosaveTimer;
  private readonly backup: BackupThrottle;
  private readonly listeners = new Set<() => void>();
  private readonly savedListeners = new Set<(opened: OpenedArticle) => void>();
  private snapshot: SessionSnapshot;
  private fieldsChanged = false;

  constructor(private readonly options: SessionOptions) {
    this.opened = options.opened;
    this.fields = fieldsOf(options.opened.article);
    this.stamps = stampsOf(options.opened.article);
    this.review = options.opened.article.review;
    this.reviewView = reviewOf({ review: this.review, publishedAt: this.stamps.publishedAt });
    this.autosave = new AutosaveTimer(() => void this.save(), options.autosave ?? AUTOSAVE_TIMING);
    this.backup = new BackupThrottle(() => void this.backupNow(), options.backupIntervalMs ?? BACKUP_INTERVAL_MS);
    if (options.restoredFrom) {
      this.seq = options.restoredFrom.seq;
      this.version = 1;
      this.backups.push({ seq: options.restoredFrom.seq, version: 1 });
      this.autosave.edited();
    }
    this.snapshot = this.computeSnapshot();
  }

  get id(): string {
    return this.opened.article.id;
  }

  /** The file's name in the library, for "Show in folder"; it changes when a new slug renames the file. */
  get file(): string {
    return this.opened.file;
  }

  get revision(): Revision {
    return this.opened.revision;
  }

  get unsaved(): boolean {
    return this.version > this.savedVersion;
  }

  get editable(): boolean {
    return this.opened.readOnly === null && this.stoppedBecause === null && !this.disposed;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SessionSnapshot => this.snapshot;

  /** The metadata as edited now; a new object after every change, so selectors can compare. */
  getFields = (): ArticleFields => this.fields;

  /** Called after every successful save, e.g. to refresh the library list. */
  onSaved(listener: (opened: OpenedArticle) => void): () => void {
    this.savedListeners.add(listener);
    return () => this.savedListeners.delete(listener);
  }

  /** The dates and status only a stamp changes; a new object after every stamp. */
  getStamps = (): ArticleStamps => this.stamps;

  /** The desk's stage, assignee, log and threads (reviewOf's default until someone moves or comments). */
  getReview = (): Review => this.reviewView;

  /** A stage move or a thread change (core/review): saved and backed up like any edit. */
  editReview(review: Review): void {
    if (!this.editable || review === this.reviewView) return;
    this.setReview(review);
    this.fieldsChanged = true;
    this.edited();
  }

  /**
   * Takes the dates and status of an article a stamp returned (core/stamps) and saves at once: a
   * stamp is a decision on the record, not a draft edit to batch. The reporter's fields and body stay.
   */
  async stamp(stamped: Article): Promise<string | null> {
    if (!this.editable) return 'This article is open read-only: it cannot be stamped.';
    // A stamp is saved at once or not made: while the file on disk differs, it could not be.
    if (this.conflictMessage !== null) return 'The file changed on disk. Choose which version to keep before stamping.';
    this.stamps = stampsOf(stamped);
    // The publish stamp moves the desk's stage to published (core/review/stages markPublished); a
    // file with no review yet reads as published from its publication time (reviewOf).
    if (stamped.review !== undefined) this.setReview(stamped.review);
    else if (this.review === undefined) this.reviewView = reviewOf({ publishedAt: this.stamps.publishedAt });
    this.stampsOnDisk = false;
    this.fieldsChanged = true;
    this.edited();
    await this.save();
    return null;
  }

  /** Every metadata edit comes through here, so each one is saved and backed up like the body. */
  editFields(patch: FieldsPatch): void {
    if (!this.editable) return;
    const next = patchFields(this.fields, patch);
    if (sameFields(next, this.fields)) return;
    if (Object.keys(patch).some((name) => READER_FIELD_NAMES.has(name))) this.reopenIfPublished();
    this.fields = next;
    this.fieldsChanged = true;
    this.edited();
  }

  setHeadline(headline: string): void {
    this.editFields({ headline });
  }

  /** A transaction changed the body (not a load, not a selection move). */
  bodyEdited(): void {
    if (!this.editable) return;
    this.reopenIfPublished();
    this.edited();
  }

  /**
   * The desk's rule (core/review/stages.ts): a published story whose words change goes back to
   * editing, by whoever changed them, at the first change; its dates stay as they are.
   */
  private reopenIfPublished(): void {
    if (this.reviewView.stage !== 'published') return;
    const by = this.options.whoIsEditing?.() ?? '';
    const reopened = reopenAfterPublication(this.draft(), by, new Date().toISOString(), 'Changed after publication');
    if (reopened.review) this.setReview(reopened.review);
  }

  /** The article as it would be saved now: the opened file, the reporter's fields and body. */
  draft(): Article {
    // The stamps come from the session, not the opened file: a save already under way when a stamp is
    // made returns the file as it was before the stamp.
    const review = this.review === undefined ? {} : { review: this.review };
    return { ...this.opened.article, ...this.stamps, ...this.fields, ...review, body: this.options.readBody() };
  }

  /** Saves now (Ctrl+S, blur, switching articles) and resolves when this and any earlier save ended. */
  save(): Promise<void> {
    this.autosave.cancel();
    return this.queue.run(() => this.saveOnce());
  }

  /** Resolves once no save is running or waiting. */
  idle(): Promise<void> {
    return this.queue.idle();
  }

  /** Writes a backup right away if there is anything unsaved (before closing with a failed save). */
  async backupNow(): Promise<void> {
    if (!this.unsaved || this.disposed || this.stoppedBecause !== null) return;
    this.backup.cancel();
    // A save already writing this very text makes a backup of it redundant, and one written now
    // would be newer than the backup the save deletes: it would be offered as unsaved edits at the
    // next start. Look again in an interval, in case the save fails.
    if (this.savingVersion === this.version) return this.backup.edited();
    const record = { seq: ++this.seq, version: this.version };
    this.backups.push(record);
    const written = this.options.api.writeBackup({ article: this.draft(), seq: record.seq });
    this.backupInFlight = written;
    await written;
  }

  /** Stops every automatic write, e.g. when the editor could not hold the file's content. */
  stop(reason: string): void {
    this.stoppedBecause = reason;
    this.autosave.cancel();
    this.backup.cancel();
    this.emit();
  }

  /** The file on disk changed under unsaved edits: nothing is saved until the reporter decides. */
  markConflict(message: string): void {
    this.conflictMessage = message;
    this.autosave.cancel();
    this.emit();
  }

  /**
   * "Keep mine": take the disk's fresh revision and save the local version over it. The stamps are
   * not the reporter's draft: the disk's stand (a correction stamped elsewhere stays on the
   * record), joined with this session's own stamp if that never reached the disk.
   */
  keepMine(fresh: OpenedArticle): Promise<void> {
    const theirs = stampsOf(fresh.article);
    this.stamps = this.stampsOnDisk ? theirs : joinedStamps(this.stamps, theirs);
    this.opened = { ...this.opened, revision: fresh.revision };
    this.conflictMessage = null;
    this.emit();
    return this.save();
  }

  dispose(): void {
    this.disposed = true;
    this.autosave.cancel();
    this.backup.cancel();
    this.listeners.clear();
    this.savedListeners.clear();
  }

  private edited(): void {
    this.version++;
    if (this.conflictMessage === null) this.autosave.edited();
    this.backup.edited();
    this.emit();
  }

  private async saveOnce(): Promise<void> {
    if (!this.unsaved || this.disposed || !this.editable || this.conflictMessage !== null) return;
    // A backup still being written must land before the save that makes it redundant deletes it.
    await this.backupInFlight.catch(() => undefined);
    const version = this.version;
    const stamps = this.stamps;
    const article = this.draft();
    const covered = this.backups.filter((record) => record.version <= version).at(-1);
    this.saving = true;
    this.savingVersion = version;
    this.emit();
    const result = await this.options.api.saveArticle({
      article,
      revision: this.opened.revision,
      ...(covered ? { backupSeq: covered.seq } : {}),
    });
    this.saving = false;
    this.savingVersion = null;
    if (this.disposed) return;
    if (result.ok) {
      this.opened = result.value;
      this.savedVersion = version;
      if (this.stamps === stamps) this.stampsOnDisk = true;
      // The library may have made the slug unique ("floods-2"): show what the file holds, unless typing went on.
      if (this.version === version) this.adoptSavedSlug(result.value.article.slug);
      this.failure = null;
      this.backups = this.backups.filter((record) => record.version > version);
      for (const listener of this.savedListeners) listener(result.value);
    } else if (result.error.code === 'CONFLICT') {
      this.conflictMessage = result.error.message;
    } else {
      this.failure = result.error.message;
    }
    this.emit();
  }

  private setReview(review: Review): void {
    this.review = review;
    this.reviewView = review;
  }

  private adoptSavedSlug(slug: string): void {
    if (slug === this.fields.slug) return;
    this.fields = { ...this.fields, slug };
    this.fieldsChanged = true;
  }

  /** Notifies only when what the reporter sees changed, so a keystroke in the body does not re-render React. */
  private emit(): void {
    const next = this.computeSnapshot();
    const fieldsChanged = this.fieldsChanged;
    this.fieldsChanged = false;
    if (sameSnapshot(next, this.snapshot) && !fieldsChanged) return;
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  }

  private computeSnapshot(): SessionSnapshot {
    return {
      id: this.id,
      headline: this.fields.headline,
      unsaved: this.unsaved,
      saveState: this.computeSaveState(),
      conflict: this.conflictMessage,
      readOnly: this.opened.readOnly?.message ?? null,
      editable: this.editable,
    };
  }

  private computeSaveState(): SaveState {
    if (this.saving) return { kind: 'saving' };
    const problem = this.stoppedBecause ?? this.conflictMessage ?? this.failure;
    if (problem !== null) return { kind: 'failed', message: problem };
    return this.unsaved ? { kind: 'unsaved' } : { kind: 'saved' };
  }
}
