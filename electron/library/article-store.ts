// The article files of one library folder: create, open, save (atomic, serialized, checked for
// changes by others), save as a copy, rename on a slug change, and delete to the trash.
//
// Every write that starts from what the file holds (a save, a rename, a delete, the command line's
// stamp) reads, compares and writes holding the article's lock (article-lock.ts), so a writer in
// another process can never slip in between. A new file is placed without ever replacing one
// (new-file.ts), under the next free name when its own is taken. Nothing larger than the reader's
// limit is written, so every file saved can be opened again.
import { randomUUID } from 'node:crypto';
import { ArticleSchema, newArticle, Slug, type Article, type Byline } from '../../core/article/article';
import { ARTICLE_VERSION, MAX_ARTICLE_BYTES } from '../../core/article/format';
import { serializeArticle } from '../../core/article/serialize';
import { copySlug, slugify, uniqueSlug } from '../../core/article/slug';
import { checkBody } from '../../core/body/schema';
import type { OpenedArticle, Revision } from '../../core/ipc/contract';
import { BylineError } from '../../core/ipc/errors';
import type { ArticleStore, Clock } from '../services/services';
import { isMissing, readArticleFile, scanArticleIds, type ArticleFile } from './article-files';
import { withArticleLock, type ArticleLock, type LockOptions } from './article-lock';
import { writeFileAtomic, type AtomicWriteOptions } from './atomic-write';
import { asIoError } from './disk-errors';
import { copyId, duplicateProblem } from './duplicate-ids';
import { nodeFileSystem, type FileSystem } from './file-system';
import { removeArticleTemps } from './leftovers';
import { fileNameForSlug, libraryPath, resolveInLibrary } from './library-paths';
import { NameTaken, writeNewFile } from './new-file';
import { deletedOnDisk, revisionOf, RevisionLedger } from './revision';
import { KeyedSerialQueue } from './serial-writes';

export interface ArticleStoreOptions {
  folder: string;
  clock: Clock;
  /** Moves a file to the system's trash: `trash` from npm in the CLI, `shell.trashItem` in Electron. */
  trash: (absolutePath: string) => Promise<void>;
  /** The index's idea of which file holds an article; asked before scanning the folder. */
  locate?: (id: string) => Promise<string | null>;
  newId?: () => string;
  fs?: FileSystem;
  maxBytes?: number;
  /** Rename retry timing, for tests. */
  retryDelaysMs?: readonly number[];
  /** How long to wait for an article another writer holds, and when its lock counts as abandoned. */
  lock?: LockOptions;
}

type Found = { file: string; read: ArticleFile };

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
  private readonly files = new Map<string, string>();
  private readonly ledger = new RevisionLedger();
  private readonly queue = new KeyedSerialQueue();
  private readonly writeOptions: AtomicWriteOptions;

  constructor(private readonly options: ArticleStoreOptions) {
    this.folder = options.folder;
    this.fs = options.fs ?? nodeFileSystem;
    this.maxBytes = options.maxBytes ?? MAX_ARTICLE_BYTES;
    this.writeOptions = { fs: this.fs, retryDelaysMs: options.retryDelaysMs };
  }

  pathOf(file: string): string {
    return libraryPath(this.folder, file);
  }

  create({ headline = '', bylines = [] }: { headline?: string; bylines?: Byline[] }): Promise<OpenedArticle> {
    const id = this.newId();
    const now = this.options.clock.now();
    return this.queue.run(NAMING, () =>
      this.createFile(slugify(headline), (slug) => newArticle({ id, slug, headline, bylines, now })),
    );
  }

  async open(id: string): Promise<OpenedArticle> {
    const found = await this.find(id);
    if (!found) throw new BylineError('NOT_FOUND', 'That article is no longer in the library.');
    const { file, read } = found;
    if (!read.ok) throw new BylineError('UNREADABLE', `"${file}" cannot be opened: ${read.problem.message}`);
    this.ledger.read(file, read.revision);
    return { article: read.article, file, revision: read.revision, readOnly: read.readOnly };
  }

  async save(article: Article, revision: Revision): Promise<OpenedArticle> {
    const valid = validForSaving(article);
    return this.queue.run(valid.id, async () => {
      const known = this.files.get(valid.id);
      // The file we know first: read once, holding its lock. Only when it no longer holds the
      // article is the article looked for (index, folder) and that file tried the same way.
      const saved = known ? await this.saveInto(known, valid, revision) : null;
      if (saved) return saved;
      const found = await this.find(valid.id);
      if (!found)
        throw known ? deletedOnDisk(known) : new BylineError('NOT_FOUND', 'That article is no longer in the library.');
      const again = await this.saveInto(found.file, valid, revision);
      if (!again) throw deletedOnDisk(found.file);
      return again;
    });
  }

  /** Saves `article` into `file` holding its lock; null when `file` does not hold that article (any more). */
  private saveInto(file: string, article: Article, revision: Revision): Promise<OpenedArticle | null> {
    return this.underLock(file, async (lock) => {
      // Read holding the lock: only now can nobody else change it before we write.
      const read = await this.readAs(file, article.id);
      if (!read) return null;
      this.files.set(article.id, file);
      // An unfit file is the reporter's only copy of something: never overwrite it.
      if (!read.ok) throw new BylineError('READ_ONLY', `"${file}" is not saved over: ${read.problem.message}`);
      if (read.readOnly) throw new BylineError('READ_ONLY', `"${file}" is not saved over: ${read.readOnly.message}`);
      this.ledger.check(file, revision, read.revision);
      const saved: Article = { ...article, savedAt: this.options.clock.now() };
      if (saved.slug === read.article.slug) return this.replace(saved, file, lock);
      return this.queue.run(NAMING, () => this.renameAndWrite(saved, file, lock));
    });
  }

  /**
   * A new file holding `article` whole (an import): a new id, its slug made unique in the library,
   * written in one atomic step, so no half-made stand-in is ever left behind.
   */
  createFrom(article: Article): Promise<OpenedArticle> {
    const valid = validForSaving(article);
    const id = this.newId();
    const now = this.options.clock.now();
    return this.queue.run(NAMING, () =>
      this.createFile(valid.slug, (slug) => ({ ...valid, id, slug, slugEdited: false, createdAt: now, savedAt: now })),
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
        return { file, revision, bytes };
      }
      throw new BylineError(
        'IO',
        `Could not find a free file name for "${made.slug}": other programs kept taking them. Nothing was written.`,
      );
    });
  }

  saveCopy(article: Article): Promise<OpenedArticle> {
    const valid = validForSaving(article);
    const id = this.newId();
    const now = this.options.clock.now();
    return this.queue.run(NAMING, () =>
      this.createFile(copySlug(valid.slug), (slug) => ({ ...valid, id, slug, createdAt: now, savedAt: now })),
    );
  }

  /**
   * Rewrites `file` holding its lock: reads it, hands what was read to `change`, writes the article
   * `change` returns in its place. For writers that start from a file rather than an open article
   * (the command line's stamp); `change` throws to write nothing.
   */
  rewrite(file: string, change: (read: ArticleFile) => Article): Promise<OpenedArticle> {
    return this.underLock(file, async (lock) => {
      const read = await readArticleFile(this.fs, this.folder, file, this.maxBytes).catch((error: unknown) => {
        // Renamed or deleted by the writer that held the lock before us.
        if (isMissing(error))
          throw new BylineError(
            'NOT_FOUND',
            `"${file}" is no longer there: another program moved or deleted it. Nothing was written.`,
          );
        throw asIoError(`Could not read "${file}"`, error);
      });
      return this.replace(validForSaving(change(read)), file, lock);
    });
  }

  remove(id: string): Promise<void> {
    return this.queue.run(id, async () => {
      const found = await this.find(id);
      if (!found) throw new BylineError('NOT_FOUND', 'That article is no longer in the library.');
      await this.underLock(found.file, async () => {
        // Still this article's file? Another program may have renamed or replaced it meanwhile.
        if (!(await this.readAs(found.file, id)))
          throw new BylineError('NOT_FOUND', 'That article is no longer in the library.');
        const path = await resolveInLibrary(this.fs, this.folder, found.file);
        await this.options.trash(path).catch((error: unknown) => {
          throw asIoError(`Could not move "${found.file}" to the trash`, error);
        });
      });
      this.files.delete(id);
      this.ledger.forget(found.file);
    });
  }

  /**
   * The slug changed: the new version goes to the new name (made unique, never over another file),
   * then the old name goes. A crash in between leaves both, the new text and the old, under one id:
   * the library shows them as an article and its copy (duplicate-ids.ts), and nothing is lost.
   */
  private async renameAndWrite(article: Article, file: string, lock: ArticleLock): Promise<OpenedArticle> {
    const taken = await this.takenNames(file);
    const wanted = freeSlug(article.slug, (slug) => taken.has(nameKey(slug)));
    if (fileNameForSlug(wanted) === file) return this.replace({ ...article, slug: wanted }, file, lock);
    // As a save checks before replacing: a writer whose lock was taken over leaves both names alone.
    if (!(await lock.stillHeld())) throw lostLock(file);
    const old = await resolveInLibrary(this.fs, this.folder, file);
    const placed = await this.placeNew(wanted, (slug) => ({ ...article, slug }), taken, old);
    this.ledger.moved(file, placed.file);
    const opened = await this.record(placed.article, placed.file, placed.path, placed.bytes);
    await this.fs.unlink(old).catch((error: unknown) => {
      throw asIoError(
        `"${placed.file}" was saved, but the old file "${file}" (an older version of this article) could not be removed`,
        error,
      );
    });
    await removeArticleTemps(this.fs, this.folder, file).catch(() => 0);
    return opened;
  }

  /** Writes `article` over `file`, whose lock is held. */
  private async replace(article: Article, file: string, lock: ArticleLock): Promise<OpenedArticle> {
    const path = await resolveInLibrary(this.fs, this.folder, file);
    const bytes = this.encode(article);
    // Killed writers' temp files: with the lock held, none of them belongs to a save in flight.
    await removeArticleTemps(this.fs, this.folder, file).catch(() => 0);
    const beforeReplace = async () => {
      if (!(await lock.stillHeld())) throw lostLock(file);
    };
    await writeFileAtomic(path, bytes, { ...this.writeOptions, beforeReplace });
    return this.record(article, file, path, bytes);
  }

  /** A new file from `draft` under the first free name from `wanted` on. */
  private async createFile(wanted: string, draft: Draft): Promise<OpenedArticle> {
    const placed = await this.placeNew(wanted, draft, await this.takenNames(null));
    return this.record(placed.article, placed.file, placed.path, placed.bytes);
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

  /** The bytes of `article`, refused when they would be too large to open again. */
  private encode(article: Article): Uint8Array {
    const bytes = new TextEncoder().encode(serializeArticle(article));
    if (bytes.length > this.maxBytes) throw tooLargeToSave(bytes.length, this.maxBytes);
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

  /**
   * `file` read as article `id`; null when it is gone or holds another article. A file that cannot
   * be read is still the article's file. A copy carrying another file's id answers to the id it is
   * known by (duplicate-ids.ts), read-only, with a reason naming the file it copies.
   */
  private async readAs(file: string, id: string): Promise<ArticleFile | null> {
    let read: ArticleFile;
    try {
      read = await readArticleFile(this.fs, this.folder, file, this.maxBytes);
    } catch (error) {
      if (isMissing(error)) return null;
      throw asIoError(`Could not read "${file}"`, error);
    }
    if (!read.ok || read.article.id === id) return read;
    if (copyId(read.article.id, file) !== id) return null;
    const original = this.files.get(read.article.id) ?? (await this.options.locate?.(read.article.id)) ?? null;
    return {
      ...read,
      article: { ...read.article, id },
      readOnly: duplicateProblem(original === file ? null : original),
    };
  }

  /** The file holding `id`: our own map first, then the index, then a scan of the folder. */
  private async find(id: string): Promise<Found | null> {
    const tried = new Set<string>();
    const attempt = async (file: string | null | undefined): Promise<Found | null> => {
      if (!file || tried.has(file)) return null;
      tried.add(file);
      const read = await this.readAs(file, id);
      if (!read) return null;
      this.files.set(id, file);
      return { file, read };
    };
    const found = (await attempt(this.files.get(id))) ?? (await attempt(await this.options.locate?.(id)));
    if (found) return found;
    this.files.delete(id);
    const scanned = await scanArticleIds(this.fs, this.folder, this.maxBytes).catch((error: unknown) => {
      throw asIoError('Could not read the library folder', error);
    });
    for (const [otherId, file] of scanned) if (!this.files.has(otherId)) this.files.set(otherId, file);
    return attempt(scanned.get(id));
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

/** The form a slug's file name is compared in: case-insensitive, because macOS and Windows folders are. */
function nameKey(slug: string): string {
  return fileNameForSlug(slug).toLowerCase();
}

function lostLock(file: string): BylineError {
  return new BylineError(
    'IO',
    `"${file}" was not saved: another program took it over while this save waited for the disk. Nothing was changed; save again.`,
  );
}

function tooLargeToSave(size: number, limit: number): BylineError {
  const bytes = (count: number) => `${count.toLocaleString('en-US')} bytes`;
  return new BylineError(
    'INVALID_ARTICLE',
    `The article cannot be saved: its file would be ${bytes(size)}, and articles over ${bytes(limit)} (${(limit / (1024 * 1024)).toFixed(1)} MB) cannot be opened again. Nothing was saved; shorten it or split it into two articles.`,
  );
}

function validForSaving(article: Article): Article {
  const parsed = ArticleSchema.safeParse(article);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'article';
    throw new BylineError('INVALID_ARTICLE', `The article cannot be saved: ${where}: ${issue?.message ?? 'invalid'}.`);
  }
  if (parsed.data.version > ARTICLE_VERSION) {
    throw new BylineError(
      'READ_ONLY',
      `This article was written by a newer version of Byline (format ${parsed.data.version}) and cannot be saved by this one.`,
    );
  }
  const body = checkBody(parsed.data.body);
  if (!body.ok)
    throw new BylineError(
      'INVALID_ARTICLE',
      `The article cannot be saved: the body holds content this version cannot keep (${body.message}).`,
    );
  return parsed.data;
}

/**
 * The slug itself or the next free -2, -3…; a result the format would refuse (a long word of
 * astral-plane letters cut mid-character) becomes "untitled" rather than an unopenable file.
 */
function freeSlug(slug: string, isTaken: (slug: string) => boolean): string {
  const free = uniqueSlug(slug, isTaken);
  return Slug.safeParse(free).success ? free : uniqueSlug('untitled', isTaken);
}
