// The article files of one library folder: open, save (atomic, serialized, checked for changes by
// others), rename on a slug change, keep a copy as an article of its own, and delete to the trash.
// New files (create, import, save as a copy, a slug change's new name) are placed by
// article-placement.ts, which shares this store's disk, queue, ledger and history.
//
// An id leads to a file only through the one rule of duplicate-ids.ts (find-article.ts), so when
// two files carry one id every act reaches the file the list shows: the article's own file, or the
// copy chosen, which is never written into. Every save writes the keeper with a savedAt later than
// any other file carrying its id, so the keeper stays the keeper, and a slug change's new name wins
// over the old name if a crash or a refused removal leaves both.
//
// Every write that starts from what the file holds (a save, a rename, a delete, the command line's
// stamp) reads, compares and writes holding the article's lock (article-lock.ts), so a writer in
// another process can never slip in between. Nothing larger than the reader's limit is written, so
// every file saved can be opened again.
import type { Article, Byline } from '../../core/article/article';
import { reopenOnChange } from '../../core/review/stages';
import type { OpenedArticle, Revision } from '../../core/ipc/contract';
import { BylineError } from '../../core/ipc/errors';
import type { ArticleStore } from '../services/services';
import { isMissing, readArticleFile, type ArticleFile } from './article-files';
import { withArticleLock, type ArticleLock } from './article-lock';
import { unlinkWithRetries, writeFileAtomic } from './atomic-write';
import { asIoError } from './disk-errors';
import { copyId, savedAtAfter } from './duplicate-ids';
import { ArticleFinder, type Found } from './find-article';
import { removeArticleTemps } from './leftovers';
import { fileNameForSlug, libraryPath, resolveInLibrary } from './library-paths';
import { deletedOnDisk } from './revision';
import { freeSlug, nameKey } from './free-names';
import { ArticlePlacement } from './article-placement';
import type { WriteReason } from './history/history-writer';
import { StoreParts, type ArticleStoreOptions } from './store-parts';
import { becameCopy, copyNotWritten, lostLock, validForSaving, type Operation } from './store-refusals';

export type { ArticleStoreOptions } from './store-parts';
export type { WriteReason } from './history/history-writer';

export class ArticleFileStore implements ArticleStore {
  readonly folder: string;
  private readonly parts: StoreParts;
  private readonly finder: ArticleFinder;
  private readonly placement: ArticlePlacement;

  constructor(private readonly options: ArticleStoreOptions) {
    this.folder = options.folder;
    this.parts = new StoreParts(options);
    this.finder = new ArticleFinder({
      fs: this.parts.fs,
      folder: this.folder,
      maxBytes: this.parts.maxBytes,
      candidates: options.candidates,
    });
    this.placement = new ArticlePlacement(this.parts);
  }

  pathOf(file: string): string {
    return libraryPath(this.folder, file);
  }

  // New files, each under a free name of its own: placed by article-placement.ts.
  create(input: { headline?: string; bylines?: Byline[] }, why: WriteReason = {}): Promise<OpenedArticle> {
    return this.placement.create(input, why);
  }

  /** A new file holding `article` whole (an import), under a new id and a free name (article-placement.ts). */
  createFrom(article: Article, why: WriteReason = {}): Promise<OpenedArticle> {
    return this.placement.createFrom(article, why);
  }

  /** An import worker's bytes under the first free name from their slug on (article-placement.ts). */
  createFromBytes(
    made: { id: string; slug: string; bytes: Uint8Array },
    bytesFor: (slug: string) => Uint8Array,
    why: WriteReason = {},
  ): Promise<{ file: string; revision: Revision; bytes: Uint8Array }> {
    return this.placement.createFromBytes(made, bytesFor, why);
  }

  saveCopy(article: Article, why: WriteReason = {}): Promise<OpenedArticle> {
    return this.placement.saveCopy(article, why);
  }

  /** The article `id` leads to: its own file, or the copy known by it (read-only). */
  async open(id: string): Promise<OpenedArticle> {
    const found = await this.find(id);
    if (found.kind === 'unreadable')
      throw new BylineError('UNREADABLE', `"${found.file}" cannot be opened: ${found.problem.message}`);
    const { file, read } = found;
    this.parts.ledger.read(file, read.revision);
    return { article: read.article, file, revision: read.revision, readOnly: read.readOnly };
  }

  /**
   * Saves into the file that keeps the article's id, when it is still `revision`. An editor whose
   * file has become a copy (another file with its id was saved more recently) gets CONFLICT: its
   * file is never written, and neither is the other one unless the reporter chooses to.
   */
  async save(article: Article, revision: Revision, why: WriteReason = {}): Promise<OpenedArticle> {
    const valid = validForSaving(article);
    return this.parts.queue.run(valid.id, async () => {
      const known = this.parts.files.get(valid.id);
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
      this.parts.files.set(article.id, file);
      if (read.readOnly) throw new BylineError('READ_ONLY', `"${file}" is not saved over: ${read.readOnly.message}`);
      this.checkRevision(found, revision, read.revision);
      const renaming = article.slug !== read.article.slug;
      // Later than every other file carrying the id (and, for a rename, than the old name, which a
      // crash may leave behind): the file saved stays the one that keeps the id.
      const later = [...found.others.map((other) => other.savedAt), ...(renaming ? [read.article.savedAt] : [])];
      const saved: Article = { ...article, savedAt: savedAtAfter(this.options.clock.now(), later) };
      if (!renaming) return this.replace(saved, file, lock, 'save', why, read.article);
      return this.placement.naming(() => this.renameAndWrite(saved, file, lock, why));
    });
  }

  /** The CONFLICT check; when the editor's version is a copy's, says that its file has become a copy. */
  private checkRevision(found: Extract<Found, { kind: 'article' }>, revision: Revision, onDisk: Revision): void {
    try {
      this.parts.ledger.check(found.file, revision, onDisk);
    } catch (error) {
      const was = found.others.find((other) => other.read.revision.hash === revision.hash);
      if (was) throw becameCopy(was, found.self);
      throw error;
    }
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
        ? reopenOnChange(read.article, changed, this.parts.history.writer(why), this.options.clock.now())
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
    return this.parts.queue.run(id, async () => {
      const found = await this.find(id);
      if (found.kind === 'unreadable')
        throw new BylineError('UNREADABLE', `"${found.file}" cannot be opened: ${found.problem.message}`);
      if (found.kind === 'article') {
        if (found.id === id)
          throw new BylineError('INVALID_ARTICLE', `"${found.file}" is not a copy: it keeps its id already.`);
        this.parts.ledger.read(found.file, found.read.revision);
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
          validForSaving({ ...read.article, id: this.placement.newId() }),
          file,
          lock,
          'keep',
          null,
        );
        this.parts.files.delete(id);
        return kept;
      });
    });
  }

  /** Moves the file `id` leads to (the article's own, or the copy known by it) to the trash. */
  remove(id: string): Promise<void> {
    return this.parts.queue.run(id, async () => {
      const found = await this.find(id);
      await this.underLock(found.file, async () => {
        // Still what was found? Another program may have renamed or replaced it meanwhile.
        const read = await this.readHeld(found.file);
        const still =
          read !== null &&
          (found.kind === 'unreadable' ||
            (read.ok && (found.kind === 'copy' ? copyId(read.article.id, found.file) : read.article.id) === found.id));
        if (!still) throw new BylineError('NOT_FOUND', 'That article is no longer in the library.');
        const path = await resolveInLibrary(this.parts.fs, this.folder, found.file);
        await this.options.trash(path).catch((error: unknown) => {
          throw asIoError(`Could not move "${found.file}" to the trash`, error);
        });
        await this.parts.history.trashed(path, found.file);
      });
      this.parts.files.delete(id);
      this.parts.ledger.forget(found.file);
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
    const taken = await this.placement.takenNames(file);
    const wanted = freeSlug(article.slug, (slug) => taken.has(nameKey(slug)));
    if (fileNameForSlug(wanted) === file) return this.replace({ ...article, slug: wanted }, file, lock, 'save', why);
    // As a save checks before replacing: a writer whose lock was taken over leaves both names alone.
    if (!(await lock.stillHeld())) throw lostLock(file);
    const old = await resolveInLibrary(this.parts.fs, this.folder, file);
    const placed = await this.placement.placeNew(wanted, (slug) => ({ ...article, slug }), taken, old);
    this.parts.ledger.moved(file, placed.file);
    const revision = await this.parts.record(placed.article.id, placed.file, placed.path, placed.bytes);
    await this.parts.history.moved(old, placed.path, placed.file);
    await this.parts.history.add(placed.article, placed.file, placed.path, why, true);
    await unlinkWithRetries(this.parts.fs, old, this.parts.writeOptions).catch(() => undefined);
    await removeArticleTemps(this.parts.fs, this.folder, file).catch(() => 0);
    return { article: placed.article, file: placed.file, revision, readOnly: null };
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
    const path = await resolveInLibrary(this.parts.fs, this.folder, file);
    const bytes = this.parts.encode(article, operation);
    // Killed writers' temp files: with the lock held, none of them belongs to a save in flight.
    await removeArticleTemps(this.parts.fs, this.folder, file).catch(() => 0);
    const beforeReplace = async () => {
      if (!(await lock.stillHeld())) throw lostLock(file);
    };
    await writeFileAtomic(path, bytes, { ...this.parts.writeOptions, beforeReplace });
    const revision = await this.parts.record(article.id, file, path, bytes);
    // Only once the write stands: a refused or failed save leaves the folder as it was.
    if (why) await this.parts.history.saved(before, article, bytes.length, file, path, why);
    return { article, file, revision, readOnly: null };
  }

  private async underLock<T>(file: string, task: (lock: ArticleLock) => Promise<T>): Promise<T> {
    return withArticleLock(await resolveInLibrary(this.parts.fs, this.folder, file), task, this.options.lock);
  }

  /** `file` as it is now; null when it is gone. */
  private async readHeld(file: string): Promise<ArticleFile | null> {
    try {
      return await readArticleFile(this.parts.fs, this.folder, file, this.parts.maxBytes);
    } catch (error) {
      if (isMissing(error)) return null;
      throw asIoError(`Could not read "${file}"`, error);
    }
  }

  /** Where `id` leads, by the rule of duplicate-ids.ts (find-article.ts); NOT_FOUND when nowhere. */
  private async find(id: string): Promise<Found> {
    const found = await this.finder.find(id, this.parts.files.get(id));
    if (!found) {
      this.parts.files.delete(id);
      throw new BylineError('NOT_FOUND', 'That article is no longer in the library.');
    }
    this.parts.files.set(found.kind === 'unreadable' ? id : found.id, found.file);
    return found;
  }
}
