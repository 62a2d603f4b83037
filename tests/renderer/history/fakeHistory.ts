// An in-memory history beside the fake library: revisions as main lists them, each article as it
// stood, who has seen what, and Restore writing the restored version into the library as main does.
import { vi } from 'vitest';
import type { Article } from '../../../core/article/article';
import type { OpArgs, RevisionEntry } from '../../../core/ipc/contract';
import { fail, ok } from '../../../core/ipc/errors';
import { restoreRevision } from '../../../core/review/restore';
import type { FakeLibrary } from '../fakeApi';

export class FakeHistory {
  readonly revisions: (RevisionEntry & { article: Article })[] = [];
  readonly seen = new Map<string, number>();
  problem: string | null = null;

  constructor(private readonly library: FakeLibrary) {}

  record(article: Article, meta: Partial<Pick<RevisionEntry, 'by' | 'reason' | 'at'>> = {}): RevisionEntry {
    const entry = {
      rev: (this.revisions.at(-1)?.rev ?? 0) + 1,
      at: meta.at ?? `2025-03-01T09:${String(this.revisions.length).padStart(2, '0')}:00.000Z`,
      by: meta.by ?? 'Amina Rahimi',
      reason: meta.reason ?? 'edit',
      words: (JSON.stringify(article.body).match(/"text":"([^"]*)"/g) ?? [])
        .map((text) => text.slice(8, -1))
        .join(' ')
        .split(/\s+/)
        .filter(Boolean).length,
    };
    this.revisions.push({ ...entry, article });
    return entry;
  }

  readonly api = {
    listRevisions: vi.fn(async ({ viewer }: OpArgs<'listRevisions'>) =>
      ok({
        revisions: this.revisions.map(({ article: _article, ...entry }) => entry),
        problem: this.problem,
        lastSeen: this.seen.get(viewer) ?? null,
      }),
    ),
    readRevision: vi.fn(async ({ rev }: OpArgs<'readRevision'>) => {
      const found = this.revisions.find((revision) => revision.rev === rev);
      return found ? ok({ article: found.article }) : fail('NOT_FOUND', `There is no revision ${rev}.`);
    }),
    markRevisionSeen: vi.fn(async ({ viewer, rev }: OpArgs<'markRevisionSeen'>) => {
      this.seen.set(viewer, rev);
      return ok({});
    }),
    restoreRevision: vi.fn(async ({ id, rev, revision }: OpArgs<'restoreRevision'>) => {
      const file = this.library.files.get(id);
      if (!file) return fail('NOT_FOUND', 'That article is no longer in the library.');
      if (file.revision.hash !== revision.hash) return fail('CONFLICT', 'The article changed on disk.');
      const old = this.revisions.find((entry) => entry.rev === rev);
      if (!old) return fail('NOT_FOUND', `There is no revision ${rev}.`);
      const restored = restoreRevision(file.article, old.article);
      this.library.rewriteOnDisk(id, restored);
      this.record(restored, { reason: 'restore' });
      return ok(this.library.opened(id));
    }),
    recordRevision: vi.fn(async ({ id }: OpArgs<'recordRevision'>) => {
      const file = this.library.files.get(id);
      if (!file) return fail('NOT_FOUND', 'That article is no longer in the library.');
      const last = this.revisions.at(-1);
      // As main: an article with no history starts none by being closed.
      if (!last) return ok({ rev: null });
      if (JSON.stringify(last.article) !== JSON.stringify(file.article)) this.record(file.article, { reason: 'close' });
      return ok({ rev: this.revisions.at(-1)?.rev ?? null });
    }),
  };
}
