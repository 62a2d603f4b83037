// The article files of one library folder: create, open, save (atomic, serialized, checked for
// changes by others), save as a copy, rename on a slug change, keep a copy as an article of its
// own, and delete to the trash.
//
// An id leads to a file only through the one rule of duplicate-ids.ts (find-article.ts), so when
// two files carry one id every act reaches the file the list shows: the article's own file, or the
// copy chosen, which is never written into. Every save writes the keeper with a savedAt later than
// any other file carrying its id, so the keeper stays the keeper, and a slug change's new name wins
// over the old name if a crash or a refused removal leaves both.
//
// Every write that starts from what the file holds (a save, a rename, a delete, the command line's
// stamp) reads, compares and writes holding the article's lock (article-lock.ts), so a writer in
// another process can never slip in between. A new file is placed without ever replacing one
// (new-file.ts), under the next free name when its own is taken. Nothing larger than the reader's
// limit is written, so every file saved can be opened again.
import { randomUUID } from 'node:crypto';
import { newArticle, type Article, type Byline } from '../../core/article/article';
import { reopenOnChange } from '../../core/review/stages';
import { MAX_ARTICLE_BYTES } from '../../core/article/format';
import { serializeArticle } from '../../core/article/serialize';
import { copySlug, slugify } from '../../core/article/slug';
import type { OpenedArticle, Revision } from '../../core/ipc/contract';
import { BylineError } from '../../core/ipc/errors';
import type { ArticleStore, Clock } from '../services/services';
import { isMissing, readArticleFile, type ArticleFile } from './article-files';
import { withArticleLock, type ArticleLock, type LockOptions } from './article-lock';
import { unlinkWithRetries, writeFileAtomic, type AtomicWriteOptions } from './atomic-write';
import { asIoError } from './disk-errors';
import { copyId, savedAtAfter } from './duplicate-ids';
import { ArticleFinder, type Candidates, type Found } from './find-article';
import { nodeFileSystem, type FileSystem } from './file-system';
import { removeArticleTemps } from './leftovers';
import { fileNameForSlug, libraryPath, resolveInLibrary } from './library-paths';
import { NameTaken, writeNewFile } from './new-file';
import { deletedOnDisk, revisionOf, RevisionLedger } from './revision';
import { KeyedSerialQueue } from './serial-writes';
import { freeSlug, nameKey } from './free-names';
import { HistoryWriter, type WriteReason } from './history/history-writer';
import { becameCopy, copyNotWritten, lostLock, tooLargeToSave, validForSaving, type Operation } from './store-refusals';

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

export type { WriteReason } from './history/history-writer';

/** A new file's content, once its slug (and so its name) is known. */
type Draft = (slug: string) => Article;

// Choosing a new file name and writing it must not interleave with another choice of name.
const NAMING = '\0naming';
// Names tried when others keep taking the free one first; far more than two racing writers need.
const NAME_ATTEMPTS = 100;

export class ArticleFileStore implements ArticleStore {
  readonly folder: string;
  private readonly fs: FileSystem;
  private readonly maxBytes: number;
  /** The file each id was last found in or written to: weighed first, never trusted on its own. */
  private readonly files = new Map<string, string>();
  private readonly ledger = new RevisionLedger();
  private readonly history: HistoryWriter;
  private readonly queue = new KeyedSerialQueue();
  private readonly writeOptions: AtomicWriteOptions;
  private readonly finder: ArticleFinder;

  constructor(private readonly options: ArticleStoreOptions) {
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
    this.finder = new ArticleFinder({
      fs: this.fs,
      folder: this.folder,
      maxBytes: this.maxBytes,
      candidates: options.candidates,
    });
  }

  pathOf(file: string): string {
    return libraryPath(this.folder, file);
  }

  create(
    { headline = '', bylines = [] }: { headline?: string; bylines?: Byline[] },
    why: WriteReason = {},
  ): Promise<OpenedArticle> {
    const id = this.newId();
    const now = this.options.clock.now();
    return this.queue.run(NAMING, () =>
      this.createFile(slugify(headline), (slug) => newArticle({ id, slug, headline, bylines, now }), {
        reason: 'create',
        ...why,
      }),
    );
  }

  /** The article `id` leads to: its own file, or the copy known by it (read-only). */
  async open(id: string): Promise<OpenedArticle> {
    const found = await this.find(id);
    if (found.kind === 'unreadable')
      throw new BylineError('UNREADABLE', `"${found.file}" cannot be opened: ${found.problem.message}`);
    const { file, read } = found;
    this.ledger.read(file, read.revision);
    return { article: read.article, file, revision: read.revision, readOnly: read.readOnly };
  }

  /**
   * Saves into the file that keeps the article's id, when it is still `revision`. An editor whose
   * file has become a copy (another file with its id was saved more recently) gets CONFLICT: its
   * file is never written, and neither is the other one unless the reporter chooses to.
   */
  async save(article: Article, revision: Revision, why: WriteReason = {}): Promise<OpenedArticle> {
    const valid = validForSaving(article);
    return this.queue.run(valid.id, async () => {
      const known = this.files.get(valid.id);
      const found = await this.finder.find(valid.id, known);
      if (!found)
        throw known ? deletedOnDisk(known) : new BylineError('NOT_FOUND', 'That article is no longer in the library.');
      // Once more when the file changed hands between finding it and taking its lock.
      const saved =
        (await this.saveInto(found, valid, revision, why)) ?? (await this.saveAgain(found, valid, revision, why));
      if (!saved) throw deletedOnDisk(found.file);
      return saved;
    });
  }

  private async saveAgain(
    before: Found,
    article: Article,
    revision: Revision,
    why: WriteReason,
  ): Promise<OpenedArticle | null> {
    const found = await this.finder.find(article.id, before.file);
    return found ? this.saveInto(found, article, revision, why) : null;
  }

  /** Saves `article` into the file found for it, holding its lock; null when that file no longer holds it. */
  private saveInto(
    found: Found,
    article: Article,
    revision: Revision,
    why: WriteReason,
  ): Promise<OpenedArticle | null> {
    const { file } = found;
    // An unfit file is the reporter's only copy of something, and a copy is never saved into.
    if (found.kind === 'unreadable')
      throw new BylineError('READ_ONLY', `"${file}" is not saved over: ${found.problem.message}`);
    if (found.kind === 'copy')
      throw new BylineError('READ_ONLY', `"${file}" is not saved over: ${found.read.readOnly?.message ?? ''}`);
    // A copy's id that now leads to the article itself (the file it copied has gone): reopen it first.
    if (found.id !== article.id)
      throw new BylineError('READ_ONLY', `"${file}" is not saved over: it is no longer a copy. Open it again.`);
    return this.underLock(file, async (lock) => {
      // Read holding the lock: only now can nobody else change it before we write.
      const read = await this.readHeld(file);
      if (!read) return null;
      if (!read.ok) throw new BylineError('READ_ONLY', `"${file}" is not saved over: ${read.problem.message}`);
      if (read.article.id !== article.id) return null;
      this.files.set(article.id, file);
      if (read.readOnly) throw new BylineError('READ_ONLY', `"${file}" is not saved over: ${read.readOnly.message}`);
      this.checkRevision(found, revision, read.revision);
      const renaming = article.slug !== read.article.slug;
      // Later than every other file carrying the id (and, for a rename, than the old name, which a
      // crash may leave behind): the file saved stays the one that keeps the id.
      const later = [...found.others.map((other) => other.savedAt), ...(renaming ? [read.article.savedAt] : [])];
      const saved: Article = { ...article, savedAt: savedAtAfter(this.options.clock.now(), later) };
      if (!renaming) return this.replace(saved, file, lock, 'save', why, read.article);
      return this.queue.run(NAMING, () => this.renameAndWrite(saved, file, lock, why));
    });
  }

  /** The CONFLICT check; when the editor's version is a copy's, says that its file has become a copy. */
  private checkRevision(found: Extract<Found, { kind: 'article' }>, revision: Revision, onDisk: Revision): void {
    try {
      this.ledger.check(found.file, revision, onDisk);
    } catch (error) {
      const was = found.others.find((other) => other.read.revision.hash === revision.hash);
      if (was) throw becameCopy(was, found.self);
      throw error;
    }
  }

  /**
   * A new file holding `article` whole (an import): a new id, its slug made unique in the library,
   * written in one atomic step, so no half-made stand-in is ever left behind.
   */
  createFrom(article: Article, why: WriteReason = {}): Promise<OpenedArticle> {
    const valid = validForSaving(article);
    const id = this.newId();
    const now = this.options.clock.now();
    return this.queue.run(NAMING, () =>
      this.createFile(valid.slug, (slug) => ({ ...valid, id, slug, slugEdited: false, createdAt: now, savedAt: now }), {
        reason: 'import',
        ...why,
      }),
    );
  }

  /**
   * A new file of bytes serialized and checked elsewhere (an import's worker: a large article is
   * never parsed, checked or serialized on this thread), under the first free name from
   * `made.slug` on, never over another file. `bytesFor` gives the bytes holding another slug when
   * that name is taken. As createFrom, but the id and dates are the ones in the bytes.
   */
  createFromBytes(
    made: { id: string; slug: string; bytes: Uint8Array },
    bytesFor: (slug: string) => Uint8Array,
    why: WriteReason = {},
  ): Promise<{ file: string; revision: Revision; bytes: Uint8Array }> {
    return this.queue.run(NAMING, async () => {
      const taken = await this.takenNames(null);
      for (let attempt = 0; attempt < NAME_ATTEMPTS; attempt++) {
        const slug = freeSlug(made.slug, (candidate) => taken.has(nameKey(candidate)));
        const bytes = slug === made.slug ? made.bytes : bytesFor(slug);
        if (bytes.length > this.maxBytes) throw tooLargeToSave(bytes.length, this.maxBytes);
        const file = fileNameForSlug(slug);
        const path = await resolveInLibrary(this.fs, this.folder, file);
        try {
          await writeNewFile(path, bytes, this.writeOptions);
        } catch (error) {
          if (!(error instanceof NameTaken)) throw error;
          taken.add(nameKey(slug));
          continue;
        }
        const info = await this.fs.stat(path).catch((error: unknown) => {
          throw asIoError(`"${file}" was saved but could not be checked`, error);
        });
        const revision = revisionOf(bytes, info.mtimeMs);
        this.ledger.wrote(file, revision);
        this.files.set(made.id, file);
        // The history starts with the import. Only parsed, not checked again: the worker checked it.
        // A file too large for a history is not even parsed here: that alone would hold up the window.
        await this.history.imported(bytes, parsedOrNull, file, path, why);
        return { file, revision, bytes };
      }
      throw new BylineError(
        'IO',
        `Could not find a free file name for "${made.slug}": other programs kept taking them. Nothing was written.`,
      );
    });
  }

  saveCopy(article: Article, why: WriteReason = {}): Promise<OpenedArticle> {
    const valid = validForSaving(article);
    const id = this.newId();
    const now = this.options.clock.now();
    return this.queue.run(NAMING, () =>
      this.createFile(copySlug(valid.slug), (slug) => ({ ...valid, id, slug, createdAt: now, savedAt: now }), {
        reason: 'create',
        ...why,
      }),
    );
  }

  /**
   * Rewrites `file` holding its lock: reads it, hands what was read to `change`, writes the article
   * `change` returns in its place. For writers that start from a file rather than an open article
   * (the command line's stamp, the `operation` a refusal names); `change` throws to write nothing.
   * A file that is a copy under the rule of duplicate-ids.ts is refused, as the app refuses to save
   * into it, naming the file that keeps the id.
   */
  rewrite(
    file: string,
    change: (read: ArticleFile) => Article,
    operation: Operation = 'stamp',
    why: WriteReason = {},
  ): Promise<OpenedArticle> {
    return this.underLock(file, async (lock) => {
      const read = await this.readHeld(file);
      // Renamed or deleted by the writer that held the lock before us.
      if (!read)
        throw new BylineError(
          'NOT_FOUND',
          `"${file}" is no longer there: another program moved or deleted it. Nothing was written.`,
        );
      const copy = read.ok ? await this.finder.copyStatus(file, read) : null;
      if (copy) throw copyNotWritten(file, copy, operation);
      const changed = change(read);
      // A published story whose words change goes back to the desk (core/review/stages.ts).
      const settled = read.ok
        ? reopenOnChange(read.article, changed, this.history.writer(why), this.options.clock.now())
        : changed;
      const reason: WriteReason = { reason: operation === 'stamp' ? 'stamp' : 'edit', ...why };
      return this.replace(validForSaving(settled), file, lock, operation, reason, read.ok ? read.article : undefined);
    });
  }

  /**
   * The copy known by `id` becomes an article of its own: a new id is written into that very file,
   * holding its lock, and nothing else in it changes (its text, status, dates, updates log and
   * publish record stay as they are). A file that is no longer a copy (the file it copied has gone)
   * is opened as the article it is, unchanged.
   */
  keepAsSeparateArticle(id: string): Promise<OpenedArticle> {
    return this.queue.run(id, async () => {
      const found = await this.find(id);
      if (found.kind === 'unreadable')
        throw new BylineError('UNREADABLE', `"${found.file}" cannot be opened: ${found.problem.message}`);
      if (found.kind === 'article') {
        if (found.id === id)
          throw new BylineError('INVALID_ARTICLE', `"${found.file}" is not a copy: it keeps its id already.`);
        this.ledger.read(found.file, found.read.revision);
        return { article: found.read.article, file: found.file, revision: found.read.revision, readOnly: null };
      }
      const { file } = found;
      return this.underLock(file, async (lock) => {
        const read = await this.readHeld(file);
        // Still this copy? Another program may have renamed or replaced it meanwhile.
        if (!read?.ok || copyId(read.article.id, file) !== id)
          throw new BylineError(
            'NOT_FOUND',
            `"${file}" changed on disk meanwhile. Nothing was written; open it again.`,
          );
        if (read.readOnly) throw new BylineError('READ_ONLY', `"${file}" is not written: ${read.readOnly.message}`);
        // Only the id changes: nothing for the history.
        const kept = await this.replace(
          validForSaving({ ...read.article, id: this.newId() }),
          file,
          lock,
          'keep',
          null,
        );
        this.files.delete(id);
        return kept;
      });
    });
  }

  /** Moves the file `id` leads to (the article's own, or the copy known by it) to the trash. */
  remove(id: string): Promise<void> {
    return this.queue.run(id, async () => {
      const found = await this.find(id);
      await this.underLock(found.file, async () => {
        // Still what was found? Another program may have renamed or replaced it meanwhile.
        const read = await this.readHeld(found.file);
        const still =
          read !== null &&
          (found.kind === 'unreadable' ||
            (read.ok && (found.kind === 'copy' ? copyId(read.article.id, found.file) : read.article.id) === found.id));
        if (!still) throw new BylineError('NOT_FOUND', 'That article is no longer in the library.');
        const path = await resolveInLibrary(this.fs, this.folder, found.file);
        await this.options.trash(path).catch((error: unknown) => {
          throw asIoError(`Could not move "${found.file}" to the trash`, error);
        });
        await this.history.trashed(path, found.file);
      });
      this.files.delete(id);
      this.ledger.forget(found.file);
    });
  }

  /** Whether `file` is a copy under the rule of duplicate-ids.ts (the watcher asks, to report its change). */
  async isCopy(file: string): Promise<boolean> {
    const read = await this.readHeld(file).catch(() => null);
    return read?.ok === true && (await this.finder.copyStatus(file, read)) !== null;
  }

  /**
   * The slug changed: the new version goes to the new name (made unique, never over another file),
   * then the old name goes, its removal retried while the disk refuses it for a moment. A crash in
   * between, or a removal refused for good, leaves both under one id: the new name holds the later
   * savedAt, so the library shows it as the article and the old name as its older copy
   * (duplicate-ids.ts), and nothing is lost. The save itself has succeeded either way.
   */
  private async renameAndWrite(
    article: Article,
    file: string,
    lock: ArticleLock,
    why: WriteReason,
  ): Promise<OpenedArticle> {
    const taken = await this.takenNames(file);
    const wanted = freeSlug(article.slug, (slug) => taken.has(nameKey(slug)));
    if (fileNameForSlug(wanted) === file) return this.replace({ ...article, slug: wanted }, file, lock, 'save', why);
    // As a save checks before replacing: a writer whose lock was taken over leaves both names alone.
    if (!(await lock.stillHeld())) throw lostLock(file);
    const old = await resolveInLibrary(this.fs, this.folder, file);
    const placed = await this.placeNew(wanted, (slug) => ({ ...article, slug }), taken, old);
    this.ledger.moved(file, placed.file);
    const opened = await this.record(placed.article, placed.file, placed.path, placed.bytes);
    await this.history.moved(old, placed.path, placed.file);
    await this.history.add(placed.article, placed.file, placed.path, why, true);
    await unlinkWithRetries(this.fs, old, this.writeOptions).catch(() => undefined);
    await removeArticleTemps(this.fs, this.folder, file).catch(() => 0);
    return opened;
  }

  /** Writes `article` over `file`, whose lock is held. */
  private async replace(
    article: Article,
    file: string,
    lock: ArticleLock,
    operation: Operation,
    why: WriteReason | null,
    before?: Article,
  ): Promise<OpenedArticle> {
    const path = await resolveInLibrary(this.fs, this.folder, file);
    const bytes = this.encode(article, operation);
    // Killed writers' temp files: with the lock held, none of them belongs to a save in flight.
    await removeArticleTemps(this.fs, this.folder, file).catch(() => 0);
    const beforeReplace = async () => {
      if (!(await lock.stillHeld())) throw lostLock(file);
    };
    await writeFileAtomic(path, bytes, { ...this.writeOptions, beforeReplace });
    const opened = await this.record(article, file, path, bytes);
    // Only once the write stands: a refused or failed save leaves the folder as it was.
    if (why) await this.history.saved(before, article, bytes.length, file, path, why);
    return opened;
  }

  /** A new file from `draft` under the first free name from `wanted` on. */
  private async createFile(wanted: string, draft: Draft, why: WriteReason): Promise<OpenedArticle> {
    const placed = await this.placeNew(wanted, draft, await this.takenNames(null));
    const opened = await this.record(placed.article, placed.file, placed.path, placed.bytes);
    await this.history.add(placed.article, placed.file, placed.path, why, true);
    return opened;
  }

  /**
   * Places a new file under the first free name from `wanted` on. `taken` is what the folder held
   * when looked at; a name taken since (by another process) is refused by the placement itself,
   * and the next one is tried. `replaces` is the file it takes over from (a rename), whose mode
   * and owner it keeps.
   */
  private async placeNew(
    wanted: string,
    draft: Draft,
    taken: Set<string>,
    replaces?: string,
  ): Promise<{ article: Article; file: string; path: string; bytes: Uint8Array }> {
    for (let attempt = 0; attempt < NAME_ATTEMPTS; attempt++) {
      const slug = freeSlug(wanted, (candidate) => taken.has(nameKey(candidate)));
      const article = draft(slug);
      const file = fileNameForSlug(slug);
      const path = await resolveInLibrary(this.fs, this.folder, file);
      const bytes = this.encode(article);
      try {
        await writeNewFile(path, bytes, { ...this.writeOptions, replaces });
        return { article, file, path, bytes };
      } catch (error) {
        if (!(error instanceof NameTaken)) throw error;
        taken.add(nameKey(slug));
      }
    }
    throw new BylineError(
      'IO',
      `Could not find a free file name for "${wanted}": other programs kept taking them. Nothing was written.`,
    );
  }

  /** The bytes of `article`, refused (in words for `operation`) when they would be too large to open again. */
  private encode(article: Article, operation: Operation = 'save'): Uint8Array {
    const bytes = new TextEncoder().encode(serializeArticle(article));
    if (bytes.length > this.maxBytes) throw tooLargeToSave(bytes.length, this.maxBytes, operation);
    return bytes;
  }

  /** Notes what was written, so the next save of it is not taken for a change by someone else. */
  private async record(article: Article, file: string, path: string, bytes: Uint8Array): Promise<OpenedArticle> {
    const info = await this.fs.stat(path).catch((error: unknown) => {
      throw asIoError(`"${file}" was saved but could not be checked`, error);
    });
    const revision = revisionOf(bytes, info.mtimeMs);
    this.ledger.wrote(file, revision);
    this.files.set(article.id, file);
    return { article, file, revision, readOnly: null };
  }

  private async underLock<T>(file: string, task: (lock: ArticleLock) => Promise<T>): Promise<T> {
    return withArticleLock(await resolveInLibrary(this.fs, this.folder, file), task, this.options.lock);
  }

  /** `file` as it is now; null when it is gone. */
  private async readHeld(file: string): Promise<ArticleFile | null> {
    try {
      return await readArticleFile(this.fs, this.folder, file, this.maxBytes);
    } catch (error) {
      if (isMissing(error)) return null;
      throw asIoError(`Could not read "${file}"`, error);
    }
  }

  /** Where `id` leads, by the rule of duplicate-ids.ts (find-article.ts); NOT_FOUND when nowhere. */
  private async find(id: string): Promise<Found> {
    const found = await this.finder.find(id, this.files.get(id));
    if (!found) {
      this.files.delete(id);
      throw new BylineError('NOT_FOUND', 'That article is no longer in the library.');
    }
    this.files.set(found.kind === 'unreadable' ? id : found.id, found.file);
    return found;
  }

  /** The names in use, as nameKey() gives them, leaving out `own` (the file being renamed). */
  private async takenNames(own: string | null): Promise<Set<string>> {
    const names = await this.fs.readdir(this.folder).catch((error: unknown) => {
      throw asIoError('Could not read the library folder', error);
    });
    return new Set(names.filter((name) => name !== own).map((name) => name.toLowerCase()));
  }

  private newId(): string {
    return (this.options.newId ?? randomUUID)();
  }
}

/** An article's bytes as the object they hold, or null when they are not JSON. */
function parsedOrNull(bytes: Uint8Array): Article | null {
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as Article;
  } catch {
    return null;
  }
}
