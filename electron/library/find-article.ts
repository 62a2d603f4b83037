// Which file an article id leads to. Several files may carry one id (duplicate-ids.ts): the one
// the rule there picks is the article, each other one a copy known by its own derived id. The
// store finds every file it opens, saves into, trashes or stamps through here, so it acts on the
// file the list shows and never on a file just because the id in it matches.
//
// The files weighed are the index's (the files it listed under the id, and every file changed
// since its last list, whose content it has not seen), or without an index every file in the
// folder; each is read in full, so what decides is what the disk holds now.
import type { FileProblem } from '../../core/article/read';
import { isMissing, readArticleFile, scanFileIds, type ArticleFile, type SeenId } from './article-files';
import { asIoError } from './disk-errors';
import { copyId, copyOf, duplicateProblem, keeperOf, type CopyOf, type IdClaim } from './duplicate-ids';
import type { FileSystem } from './file-system';
import { fileNameForSlug } from './library-paths';

export type ReadableFile = Extract<ArticleFile, { ok: true }>;

/** A readable file carrying an id, as the rule weighs it, with what was read. */
export interface Claimant extends IdClaim {
  read: ReadableFile;
}

/** The files that may carry an id, as the index knows them. */
export interface Candidates {
  /** Listed under the id (its own, or as the copy known by it) at the last list. */
  listed: readonly string[];
  /** Changed since the last list: their content is unknown to the index. */
  changed: readonly string[];
}

/** Where an id leads. */
export type Found =
  /** The file that keeps `id`, with the other files carrying it (its copies). */
  | { kind: 'article'; id: string; file: string; read: ReadableFile; self: Claimant; others: Claimant[] }
  /** A copy, read as the app knows it: under its own id, read-only, naming the file it copies. */
  | { kind: 'copy'; id: string; file: string; read: ReadableFile; copy: CopyOf }
  /** The file last known to hold the id cannot be read as an article any more. */
  | { kind: 'unreadable'; file: string; problem: FileProblem };

export interface FinderOptions {
  fs: FileSystem;
  folder: string;
  maxBytes: number;
  /** The index's candidates for an id; without it every lookup reads the folder. */
  candidates?: (id: string) => Promise<Candidates>;
}

export class ArticleFinder {
  /** Without an index: what each file carried at the last scan, so the next one reads only changed files. */
  private readonly seen = new Map<string, SeenId>();

  constructor(private readonly options: FinderOptions) {}

  /**
   * Where `id` leads now (an article's own id, or a copy's). `known` is the file the caller last
   * found it in: weighed too, and the only file taken as the article's when it cannot be read.
   */
  async find(id: string, known?: string): Promise<Found | null> {
    const hinted = await this.options.candidates?.(id);
    if (hinted) {
      const associated = unique([known, ...hinted.listed]);
      const found = await this.judge(id, unique([...associated, ...hinted.changed]), associated);
      if (found) return found;
    }
    // Nobody knows the file (renamed by hand, not yet seen by the index), or there is no index.
    const ids = await this.scan();
    const files = [...ids].filter(([file, held]) => held === id || copyId(held, file) === id).map(([file]) => file);
    const associated = unique([known]);
    return this.judge(id, unique([...associated, ...files]), associated, ids);
  }

  /** `file`, read as `read`, as a copy of another file of its group; null when it keeps its id. */
  async copyStatus(file: string, read: ReadableFile): Promise<CopyOf | null> {
    const self = claimOf(file, read);
    const keeper = keeperOf(await this.group(self));
    return keeper === self ? null : copyOf(keeper, self);
  }

  /** Weighs `files` for `id`; read errors count only for the `associated` files. */
  private async judge(
    id: string,
    files: readonly string[],
    associated: readonly string[],
    ids?: ReadonlyMap<string, string>,
  ): Promise<Found | null> {
    const reads = await this.readAll(files, associated);
    const holders = [...reads].flatMap(([file, read]) =>
      read.ok && read.article.id === id ? [claimOf(file, read)] : [],
    );
    if (holders.length > 0) {
      const self = keeperOf(holders);
      return { kind: 'article', id, file: self.file, read: self.read, self, others: holders.filter((c) => c !== self) };
    }
    for (const [file, read] of reads) {
      if (!read.ok || copyId(read.article.id, file) !== id) continue;
      const self = claimOf(file, read);
      const group = await this.group(self, ids);
      const keeper = keeperOf(group);
      // No longer a copy (the file it copied is gone, or it was saved since): it is the article.
      if (keeper === self)
        return { kind: 'article', id: self.id, file, read, self, others: group.filter((c) => c !== self) };
      const copy = copyOf(keeper, self);
      return {
        kind: 'copy',
        id,
        file,
        copy,
        read: { ...read, article: { ...read.article, id }, readOnly: duplicateProblem(copy) },
      };
    }
    for (const file of associated) {
      const read = reads.get(file);
      if (read && !read.ok) return { kind: 'unreadable', file, problem: read.problem };
    }
    return null;
  }

  /** Every readable file carrying `self`'s id, `self` among them. */
  private async group(self: Claimant, ids?: ReadonlyMap<string, string>): Promise<Claimant[]> {
    let files: string[];
    if (ids) files = [...ids].filter(([, held]) => held === self.id).map(([file]) => file);
    else {
      const hinted = await this.options.candidates?.(self.id);
      files = hinted
        ? [...hinted.listed, ...hinted.changed]
        : [...(await this.scan())].filter(([, held]) => held === self.id).map(([file]) => file);
    }
    const reads = await this.readAll(unique(files.filter((file) => file !== self.file)), []);
    const others = [...reads].flatMap(([file, read]) =>
      read.ok && read.article.id === self.id ? [claimOf(file, read)] : [],
    );
    return [self, ...others];
  }

  /** Each file read in full; gone ones left out. A failure to read an `associated` file is thrown. */
  private async readAll(files: readonly string[], associated: readonly string[]): Promise<Map<string, ArticleFile>> {
    const reads = new Map<string, ArticleFile>();
    let failure: unknown = null;
    for (const file of files) {
      try {
        reads.set(file, await readArticleFile(this.options.fs, this.options.folder, file, this.options.maxBytes));
      } catch (error) {
        if (isMissing(error) || !associated.includes(file)) continue;
        failure ??= asIoError(`Could not read "${file}"`, error);
      }
    }
    // Only when nothing readable answers for the id does an unreadable associated file matter.
    if (failure && ![...reads.values()].some((read) => read.ok)) throw failure;
    return reads;
  }

  private scan(): Promise<Map<string, string>> {
    const { fs, folder, maxBytes } = this.options;
    return scanFileIds(fs, folder, maxBytes, this.seen).catch((error: unknown) => {
      throw asIoError('Could not read the library folder', error);
    });
  }
}

function claimOf(file: string, read: ReadableFile): Claimant {
  const { id, savedAt, slug } = read.article;
  return { file, id, savedAt, namedForSlug: file === fileNameForSlug(slug), read };
}

function unique(files: readonly (string | null | undefined)[]): string[] {
  return [...new Set(files.filter((file): file is string => typeof file === 'string' && file !== ''))];
}
