// An in-memory stand-in for `window.byline`: a library on a pretend disk, with saves that can be
// slowed down, failed, or changed underneath by "another program".
import { vi } from 'vitest';
import { newArticle, type Article } from '../../core/article/article';
import type { BodyJSON } from '../../core/body/schema';
import type { Backup, LibraryEntry, OpArgs, OpenedArticle, Revision } from '../../core/ipc/contract';
import { fail, ok, type ErrorCode } from '../../core/ipc/errors';
import { reviewOf } from '../../core/review/review';
import type { BylineApi } from '../../core/ipc/api';
import { paragraphs } from '../builders/body';

// The renderer tests import `paragraphs` from here; it is the shared builder of tests/builders/body.
export { paragraphs };

const NOW = '2025-03-01T09:00:00.000Z';

export function revisionOf(n: number): Revision {
  return { hash: n.toString(16).padStart(64, '0'), size: n, mtimeMs: n };
}

export function article(id: string, headline: string, body: BodyJSON = paragraphs('')): Article {
  return { ...newArticle({ id, slug: 'a', headline, now: NOW }), body };
}

export class FakeLibrary {
  readonly files = new Map<string, { article: Article; revision: Revision }>();
  backups: Backup[] = [];
  saveDelayMs = 0;
  private nextFailure: { code: ErrorCode; message: string } | null = null;
  private counter = 1;
  private copies = 0;
  readonly writes: { id: string; seq: number; body: BodyJSON }[] = [];
  /** Why a file opens read-only (a copy carrying another file's id, a newer format), by id. */
  readonly readOnly = new Map<string, NonNullable<OpenedArticle['readOnly']>>();

  add(item: Article): OpenedArticle {
    this.files.set(item.id, { article: item, revision: revisionOf(this.counter++) });
    return this.opened(item.id);
  }

  /** Another program rewrites the file. */
  changeOnDisk(id: string, headline: string): void {
    const file = this.files.get(id)!;
    this.files.set(id, { article: { ...file.article, headline }, revision: revisionOf(this.counter++) });
  }

  /** Another program (a colleague, `byline stamp`) rewrites the file with other fields. */
  rewriteOnDisk(id: string, changes: Partial<Article>): void {
    const file = this.files.get(id)!;
    this.files.set(id, { article: { ...file.article, ...changes }, revision: revisionOf(this.counter++) });
  }

  failNextSave(code: ErrorCode, message: string): void {
    this.nextFailure = { code, message };
  }

  opened(id: string): OpenedArticle {
    const file = this.files.get(id)!;
    return {
      article: file.article,
      file: `${file.article.slug}.byline.json`,
      revision: file.revision,
      readOnly: this.readOnly.get(id) ?? null,
    };
  }

  readonly api = {
    openArticle: vi.fn(async ({ id }: { id: string }) =>
      this.files.has(id) ? ok(this.opened(id)) : fail('NOT_FOUND', 'That article is no longer in the library.'),
    ),
    createArticle: vi.fn(async () => ok(this.add(article(`created${this.counter}xx`, '')))),
    saveArticle: vi.fn(async ({ article: input, revision }: OpArgs<'saveArticle'>) => {
      const draft = input as Article;
      if (this.saveDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.saveDelayMs));
      const failure = this.nextFailure;
      this.nextFailure = null;
      if (failure) return fail(failure.code, failure.message);
      const file = this.files.get(draft.id);
      if (!file) return fail('NOT_FOUND', 'That article is no longer in the library.');
      if (file.revision.hash !== revision.hash)
        return fail('CONFLICT', 'The file changed on disk since it was opened.');
      this.files.set(draft.id, { article: draft, revision: revisionOf(this.counter++) });
      return ok(this.opened(draft.id));
    }),
    duplicateArticle: vi.fn(async ({ id }: { id: string }) => {
      const file = this.files.get(id);
      if (!file) return fail('NOT_FOUND', 'That article is no longer in the library.');
      const { publishedAt: _published, updatedAt: _updated, ...fields } = file.article;
      return ok(
        this.add({
          ...fields,
          publishedAt: null,
          updatedAt: null,
          id: `duplicate${++this.copies}xx`,
          slug: `${file.article.slug}-2`,
        }),
      );
    }),
    /** As main does: the copy's file gets a new id, everything else in it kept, and opens editable. */
    keepAsSeparateArticle: vi.fn(async ({ id }: { id: string }) => {
      const file = this.files.get(id);
      if (!file || !this.readOnly.has(id)) return fail('NOT_FOUND', 'That copy is no longer in the library.');
      this.files.delete(id);
      this.readOnly.delete(id);
      return ok(this.add({ ...file.article, id: `kept${++this.copies}xxxxx` }));
    }),
    saveArticleCopy: vi.fn(async ({ article: draft }: OpArgs<'saveArticleCopy'>) =>
      ok(this.add({ ...(draft as Article), id: `copy${++this.copies}xxxxx` })),
    ),
    writeBackup: vi.fn(async ({ article: draft, seq }: OpArgs<'writeBackup'>) => {
      this.writes.push({ id: draft.id, seq, body: (draft as Article).body });
      return ok({});
    }),
    deleteArticle: vi.fn(async ({ id }: { id: string }) => {
      this.files.delete(id);
      return ok({});
    }),
    discardBackup: vi.fn(async ({ id }: { id: string }) => {
      this.backups = this.backups.filter((backup) => backup.id !== id);
      return ok({});
    }),
    listBackups: vi.fn(async () => ok({ backups: this.backups })),
    listLibrary: vi.fn(async () => ok({ entries: this.entries(), searchReady: false })),
    searchLibrary: vi.fn(async () => ok({ hits: [], total: 0, ready: false })),
  } satisfies Partial<BylineApi>;

  entries(): LibraryEntry[] {
    return [...this.files.values()].map(({ article: item }) => ({
      kind: 'article',
      file: `${item.slug}.byline.json`,
      id: item.id,
      headline: item.headline,
      section: item.section,
      status: item.status,
      savedAt: item.savedAt,
      words: 0,
      readOnly: this.readOnly.get(item.id) ?? null,
      stage: reviewOf(item).stage,
      assignee: reviewOf(item).assignee,
      due: reviewOf(item).due,
    }));
  }
}
