// Two versions of the article side by side in words: each revision read from the history, "the
// current text" taken from the editor as it is now, then compared (revisionDiff.ts).
import { useEffect, useState } from 'react';
import type { Article } from '../../core/article/article';
import type { ArticleSession } from '../session/articleSession';
import type { HistoryApi } from './historyApi';
import { compareArticles, type RevisionDiff } from './revisionDiff';

/** What to compare: an earlier revision with a later one, or with the text as it is now. */
export interface Comparison {
  from: number;
  to: number | 'current';
}

export type ComparisonState =
  | { kind: 'none' }
  | { kind: 'reading'; comparison: Comparison }
  | { kind: 'shown'; comparison: Comparison; diff: RevisionDiff }
  | { kind: 'failed'; comparison: Comparison; message: string };

export function useComparison(
  api: Pick<HistoryApi, 'readRevision'>,
  session: ArticleSession,
  comparison: Comparison | null,
): ComparisonState {
  const [result, setResult] = useState<{ key: string; state: ComparisonState } | null>(null);
  const from = comparison?.from ?? null;
  const to = comparison?.to ?? null;
  const key = from === null || to === null ? null : `${session.id} ${from} ${to}`;

  useEffect(() => {
    if (key === null || from === null || to === null) return;
    const wanted = { from, to };
    let live = true;
    const read = async (rev: number): Promise<Article> => {
      const answer = await api.readRevision({ id: session.id, rev });
      if (!answer.ok) throw new Error(answer.error.message);
      return answer.value.article;
    };
    const settle = (state: ComparisonState) => {
      if (live) setResult({ key, state });
    };
    void Promise.all([read(from), to === 'current' ? session.draft() : read(to)]).then(
      ([before, after]) => settle({ kind: 'shown', comparison: wanted, diff: compareArticles(before, after) }),
      (error: unknown) =>
        settle({ kind: 'failed', comparison: wanted, message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [api, session, key, from, to]);

  if (comparison === null || key === null) return { kind: 'none' };
  return result?.key === key ? result.state : { kind: 'reading', comparison };
}
