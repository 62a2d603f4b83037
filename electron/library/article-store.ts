// The article files of one library folder: create, open, save (atomic, serialized, checked for
// changes by others), save as a copy, rename on a slug change, and delete to the trash.
import { randomUUID } from 'node:crypto';
import { ArticleSchema, newArticle, Slug, type Article, type Byline } from '../../core/article/article';
import { ARTICLE_VERSION, MAX_ARTICLE_BYTES } from '../../core/article/format';
import { serializeArticle } from '../../core/article/serialize';
import { slugify, uniqueSlug } from '../../core/article/slug';
import { checkBody } from '../../core/body/schema';
import type { OpenedArticle, Revision } from '../../core/ipc/contract';
import { BylineError } from '../../core/ipc/errors';
import type { ArticleStore, Clock } from '../services/services';
import { isMissing, readArticleFile, scanArticleIds, type ArticleFile } from './article-files';
import { moveFile, writeFileAtomic, type AtomicWriteOptions } from './atomic-write';
import { asIoError } from './disk-errors';
import { nodeFileSystem, type FileSystem } from './file-system';
import { fileNameForSlug, libraryPath, resolveInLibrary } from './library-paths';
import { deletedOnDisk, revisionOf, RevisionLedger } from './revision';
import { SerialQueue } from './serial-writes';

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
}

type Found = { file: string; read: ArticleFile };

// Choosing a new file name and writing it must not interleave with another choice of name.
const NAMING = '\0naming';

export class ArticleFileStore implements ArticleStore {
  readonly folder: string;
  private readonly fs: FileSystem;
  private readonly maxBytes: number;
  private readonly files = new Map<string, string>();
  private readonly ledger = new RevisionLedger();
  private readonly queue = new SerialQueue();
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
    return this.queue.run(NAMING, async () => {
      const slug = freeSlug(slugify(headline), await this.takenSlugs(null));
      return this.writeArticle(newArticle({ id: this.newId(), slug, headline, bylines, now: this.options.clock.now() }), fileNameForSlug(slug));
    });
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
      const found = await this.find(valid.id);
      if (!found) throw known ? deletedOnDisk(known) : new BylineError('NOT_FOUND', 'That article is no longer in the library.');
      const { file, read } = found;
      // An unfit file is the reporter's only copy of something: never overwrite it.
      if (!read.ok) throw new BylineError('READ_ONLY', `"${file}" is not saved over: ${read.problem.message}`);
      if (read.readOnly) throw new BylineError('READ_ONLY', `"${file}" is not saved over: ${read.readOnly.message}`);
      this.ledger.check(file, revision, read.revision);
      const saved: Article = { ...valid, savedAt: this.options.clock.now() };
      if (saved.slug === read.article.slug) return this.writeArticle(saved, file);
      return this.queue.run(NAMING, () => this.renameAndWrite(saved, file));
    });
  }

  /**
   * A new file holding `article` whole (an import): a new id, its slug made unique in the library,
   * written in one atomic step, so no half-made stand-in is ever left behind.
   */
  createFrom(article: Article): Promise<OpenedArticle> {
    const valid = validForSaving(article);
    return this.queue.run(NAMING, async () => {
      const slug = freeSlug(valid.slug, await this.takenSlugs(null));
      const now = this.options.clock.now();
      return this.writeArticle({ ...valid, id: this.newId(), slug, slugEdited: false, createdAt: now, savedAt: now }, fileNameForSlug(slug));
    });
  }

  saveCopy(article: Article): Promise<OpenedArticle> {
    const valid = validForSaving(article);
    return this.queue.run(NAMING, async () => {
      const slug = freeSlug(copySlug(valid.slug), await this.takenSlugs(null));
      const now = this.options.clock.now();
      return this.writeArticle({ ...valid, id: this.newId(), slug, createdAt: now, savedAt: now }, fileNameForSlug(slug));
    });
  }

  remove(id: string): Promise<void> {
    return this.queue.run(id, async () => {
      const found = await this.find(id);
      if (!found) throw new BylineError('NOT_FOUND', 'That article is no longer in the library.');
      const path = await resolveInLibrary(this.fs, this.folder, found.file);
      await this.options.trash(path).catch((error: unknown) => {
        throw asIoError(`Could not move "${found.file}" to the trash`, error);
      });
      this.files.delete(id);
      this.ledger.forget(found.file);
    });
  }

  /** The slug changed: the file takes the new name (made unique), then gets the new content. */
  private async renameAndWrite(article: Article, file: string): Promise<OpenedArticle> {
    const slug = freeSlug(article.slug, await this.takenSlugs(file));
    const target = fileNameForSlug(slug);
    if (target !== file) {
      // Renaming first means a crash in between leaves one file (old text, new name), never two.
      await moveFile(await resolveInLibrary(this.fs, this.folder, file), await resolveInLibrary(this.fs, this.folder, target), this.writeOptions);
      this.ledger.moved(file, target);
      this.files.set(article.id, target);
    }
    return this.writeArticle({ ...article, slug }, target);
  }

  private async writeArticle(article: Article, file: string): Promise<OpenedArticle> {
    const path = await resolveInLibrary(this.fs, this.folder, file);
    const bytes = new TextEncoder().encode(serializeArticle(article));
    await writeFileAtomic(path, bytes, this.writeOptions);
    const info = await this.fs.stat(path).catch((error: unknown) => {
      throw asIoError(`"${file}" was saved but could not be checked`, error);
    });
    const revision = revisionOf(bytes, info.mtimeMs);
    this.ledger.wrote(file, revision);
    this.files.set(article.id, file);
    return { article, file, revision, readOnly: null };
  }

  /** The file holding `id`: our own map first, then the index, then a scan of the folder. */
  private async find(id: string): Promise<Found | null> {
    const tried = new Set<string>();
    const attempt = async (file: string | null | undefined): Promise<Found | null> => {
      if (!file || tried.has(file)) return null;
      tried.add(file);
      let read: ArticleFile;
      try {
        read = await readArticleFile(this.fs, this.folder, file, this.maxBytes);
      } catch (error) {
        if (isMissing(error)) return null;
        throw asIoError(`Could not read "${file}"`, error);
      }
      // A file we were told holds `id` but cannot be read is still that article's file.
      if (read.ok && read.article.id !== id) return null;
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

  /** Whether a slug's file name is in use, ignoring `own` (the file being renamed). */
  private async takenSlugs(own: string | null): Promise<(slug: string) => boolean> {
    const names = await this.fs.readdir(this.folder).catch((error: unknown) => {
      throw asIoError('Could not read the library folder', error);
    });
    // Case-insensitive, because macOS and Windows folders are.
    const taken = new Set(names.filter((name) => name !== own).map((name) => name.toLowerCase()));
    return (slug) => taken.has(fileNameForSlug(slug).toLowerCase());
  }

  private newId(): string {
    return (this.options.newId ?? randomUUID)();
  }
}

function validForSaving(article: Article): Article {
  const parsed = ArticleSchema.safeParse(article);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'article';
    throw new BylineError('INVALID_ARTICLE', `The article cannot be saved: ${where}: ${issue?.message ?? 'invalid'}.`);
  }
  if (parsed.data.version > ARTICLE_VERSION) {
    throw new BylineError('READ_ONLY', `This article was written by a newer version of Byline (format ${parsed.data.version}) and cannot be saved by this one.`);
  }
  const body = checkBody(parsed.data.body);
  if (!body.ok) throw new BylineError('INVALID_ARTICLE', `The article cannot be saved: the body holds content this version cannot keep (${body.message}).`);
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

/** `city-budget` → `city-budget-copy`, kept within the slug length limit. */
function copySlug(slug: string): string {
  return `${slug.slice(0, 75).replace(/-+$/, '')}-copy`;
}
