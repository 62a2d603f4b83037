// New article files in the library folder: a new article, an import, a copy saved under its own
// name, and the new name a slug change moves an article to. ArticleFileStore hands these here and
// shares its disk, queue, ledger and history (store-parts.ts), so a new file is known to the store
// the moment it is written.
//
// A new file is placed without ever replacing one (new-file.ts), under the next free name when its
// own is taken. Names are chosen one at a time (NAMING), so two new files in this process never
// reach for the same name; a name another process takes meanwhile is refused by the placement
// itself, and the next one is tried. Nothing larger than the reader's limit is written, so every
// file placed can be opened again.
import { randomUUID } from 'node:crypto';
import { newArticle, type Article, type Byline } from '../../core/article/article';
import { copySlug, slugify } from '../../core/article/slug';
import type { OpenedArticle, Revision } from '../../core/ipc/contract';
import { BylineError } from '../../core/ipc/errors';
import { asIoError } from './disk-errors';
import { freeSlug, nameKey } from './free-names';
import type { WriteReason } from './history/history-writer';
import { fileNameForSlug, resolveInLibrary } from './library-paths';
import { NameTaken, writeNewFile } from './new-file';
import type { StoreParts } from './store-parts';
import { tooLargeToSave, validForSaving } from './store-refusals';

/** A new file's content, once its slug (and so its name) is known. */
type Draft = (slug: string) => Article;

/** A new file written under a free name, not yet noted by the store. */
interface Placed {
  article: Article;
  file: string;
  path: string;
  bytes: Uint8Array;
}

// Choosing a new file name and writing it must not interleave with another choice of name.
const NAMING = '\0naming';
// Names tried when others keep taking the free one first; far more than two racing writers need.
const NAME_ATTEMPTS = 100;

export class ArticlePlacement {
  constructor(private readonly parts: StoreParts) {}

  create(
    { headline = '', bylines = [] }: { headline?: string; bylines?: Byline[] },
    why: WriteReason,
  ): Promise<OpenedArticle> {
    const id = this.newId();
    const now = this.parts.options.clock.now();
    return this.naming(() =>
      this.createFile(slugify(headline), (slug) => newArticle({ id, slug, headline, bylines, now }), {
        reason: 'create',
        ...why,
      }),
    );
  }

  /**
   * A new file holding `article` whole (an import): a new id, its slug made unique in the library,
   * written in one atomic step, so no half-made stand-in is ever left behind.
   */
  createFrom(article: Article, why: WriteReason): Promise<OpenedArticle> {
    const valid = validForSaving(article);
    const id = this.newId();
    const now = this.parts.options.clock.now();
    return this.naming(() =>
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
    why: WriteReason,
  ): Promise<{ file: string; revision: Revision; bytes: Uint8Array }> {
    const { fs, folder, maxBytes, writeOptions } = this.parts;
    return this.naming(async () => {
      const taken = await this.takenNames(null);
      for (let attempt = 0; attempt < NAME_ATTEMPTS; attempt++) {
        const slug = freeSlug(made.slug, (candidate) => taken.has(nameKey(candidate)));
        const bytes = slug === made.slug ? made.bytes : bytesFor(slug);
        if (bytes.length > maxBytes) throw tooLargeToSave(bytes.length, maxBytes);
        const file = fileNameForSlug(slug);
        const path = await resolveInLibrary(fs, folder, file);
        try {
          await writeNewFile(path, bytes, writeOptions);
        } catch (error) {
          if (!(error instanceof NameTaken)) throw error;
          taken.add(nameKey(slug));
          continue;
        }
        const revision = await this.parts.record(made.id, file, path, bytes);
        // The history starts with the import. Only parsed, not checked again: the worker checked it.
        // A file too large for a history is not even parsed here: that alone would hold up the window.
        await this.parts.history.imported(bytes, parsedOrNull, file, path, why);
        return { file, revision, bytes };
      }
      throw noFreeName(made.slug);
    });
  }

  /** A copy of `article` under a name of its own ("-copy"), with a new id and today's dates. */
  saveCopy(article: Article, why: WriteReason): Promise<OpenedArticle> {
    const valid = validForSaving(article);
    const id = this.newId();
    const now = this.parts.options.clock.now();
    return this.naming(() =>
      this.createFile(copySlug(valid.slug), (slug) => ({ ...valid, id, slug, createdAt: now, savedAt: now }), {
        reason: 'create',
        ...why,
      }),
    );
  }

  /** Runs `task` while no other new name is being chosen (a slug change's new name is one too). */
  naming<T>(task: () => Promise<T>): Promise<T> {
    return this.parts.queue.run(NAMING, task);
  }

  /**
   * Places a new file under the first free name from `wanted` on. `taken` is what the folder held
   * when looked at; a name taken since (by another process) is refused by the placement itself,
   * and the next one is tried. `replaces` is the file it takes over from (a rename), whose mode
   * and owner it keeps.
   */
  async placeNew(wanted: string, draft: Draft, taken: Set<string>, replaces?: string): Promise<Placed> {
    const { fs, folder, writeOptions } = this.parts;
    for (let attempt = 0; attempt < NAME_ATTEMPTS; attempt++) {
      const slug = freeSlug(wanted, (candidate) => taken.has(nameKey(candidate)));
      const article = draft(slug);
      const file = fileNameForSlug(slug);
      const path = await resolveInLibrary(fs, folder, file);
      const bytes = this.parts.encode(article);
      try {
        await writeNewFile(path, bytes, { ...writeOptions, replaces });
        return { article, file, path, bytes };
      } catch (error) {
        if (!(error instanceof NameTaken)) throw error;
        taken.add(nameKey(slug));
      }
    }
    throw noFreeName(wanted);
  }

  /** The names in use, as nameKey() gives them, leaving out `own` (the file being renamed). */
  async takenNames(own: string | null): Promise<Set<string>> {
    const names = await this.parts.fs.readdir(this.parts.folder).catch((error: unknown) => {
      throw asIoError('Could not read the library folder', error);
    });
    return new Set(names.filter((name) => name !== own).map((name) => name.toLowerCase()));
  }

  /** An id no other article carries: a file kept as an article of its own gets one too. */
  newId(): string {
    return (this.parts.options.newId ?? randomUUID)();
  }

  /** A new file from `draft` under the first free name from `wanted` on. */
  private async createFile(wanted: string, draft: Draft, why: WriteReason): Promise<OpenedArticle> {
    const { article, file, path, bytes } = await this.placeNew(wanted, draft, await this.takenNames(null));
    const revision = await this.parts.record(article.id, file, path, bytes);
    await this.parts.history.add(article, file, path, why, true);
    return { article, file, revision, readOnly: null };
  }
}

function noFreeName(wanted: string): BylineError {
  return new BylineError(
    'IO',
    `Could not find a free file name for "${wanted}": other programs kept taking them. Nothing was written.`,
  );
}

/** An article's bytes as the object they hold, or null when they are not JSON. */
function parsedOrNull(bytes: Uint8Array): Article | null {
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as Article;
  } catch {
    return null;
  }
}
