// Why a save matters to the article's history. The history records a revision at every stage
// move, stamp, accept and reject (and at most every few minutes of typing): the save that writes
// such a decision says so. The review actions tag the next save of their article with
// `tagNextSave(id, 'accept')` (suggestionDecisions.ts does it for accept and reject); stage moves,
// stamps and comments are recognised from what the save writes, so a decision is on the history's
// record even where nobody tagged it.
import type { Article } from '../../core/article/article';
import type { OpArgs, RevisionReason } from '../../core/ipc/contract';
import type { Result } from '../../core/ipc/errors';
import { reviewOf, type Stage } from '../../core/review/review';
import type { BylineApi } from '../bridge';

/** What an open article's last known file held that a decision changes: its stage and its stamps. */
interface DecisionMarks {
  stage: Stage;
  stamps: number;
  /** Comments written and threads resolved: a change in either is the desk's conversation. */
  conversation: number;
}

/** A tag waiting for its save; an object, so a tag made while a save is in flight outlives that save. */
interface Tag {
  reason: RevisionReason;
}

const tags = new Map<string, Tag>();

/**
 * The next save of article `id` records a revision for `reason`: 'accept' and 'reject' (a
 * suggestion), 'comment', 'suggest', 'stamp', 'stage'. A later tag before that save replaces an
 * earlier one.
 */
export function tagNextSave(id: string, reason: RevisionReason): void {
  tags.set(id, { reason });
}

/** The reason of the next save of `id`, if one was tagged (for tests and the status of a save). */
export function taggedReason(id: string): RevisionReason | null {
  return tags.get(id)?.reason ?? null;
}

type SavingApi = Pick<BylineApi, 'saveArticle'> & Partial<Pick<BylineApi, OpeningOperation>>;

/** The operations that hand the desk an article's file as it is now: what a decision is seen against. */
const OPENING = [
  'openArticle',
  'createArticle',
  'duplicateArticle',
  'keepAsSeparateArticle',
  'saveArticleCopy',
] as const;
type OpeningOperation = (typeof OPENING)[number];

/**
 * The desk's API with every save carrying its reason: the tag, else a stage move or a stamp seen
 * against the file as last opened or saved, else none (the store takes it as an edit).
 */
export function withSaveReasons<A extends SavingApi>(api: A): A {
  const known = new Map<string, DecisionMarks>();
  const remember = <T extends { article: Article }>(result: Result<T>) => {
    if (result.ok) known.set(result.value.article.id, marksOf(result.value.article));
    return result;
  };
  const saveArticle = async (args: OpArgs<'saveArticle'>) => {
    const article = args.article as Article;
    const tag = tags.get(article.id);
    const reason = args.reason ?? tag?.reason ?? decisionIn(known.get(article.id), marksOf(article));
    const result = remember(await api.saveArticle(reason ? { ...args, reason } : args));
    if (result.ok && tag && tags.get(article.id) === tag) tags.delete(article.id);
    return result;
  };
  const wrapped: Record<string, unknown> = { ...api, saveArticle };
  for (const name of OPENING) {
    const operation = api[name] as ((args: never) => Promise<Result<{ article: Article }>>) | undefined;
    if (operation) wrapped[name] = async (args: never) => remember(await operation(args));
  }
  return wrapped as A;
}

function marksOf(article: Article): DecisionMarks {
  const review = reviewOf(article);
  return {
    stage: review.stage,
    stamps: article.publishStamps.length + article.updates.length,
    conversation: review.threads.reduce((sum, thread) => sum + thread.comments.length + (thread.resolved ? 1 : 0), 0),
  };
}

/** A stamp (publishing moves the stage too, so it is looked for first), a stage move, a comment. */
function decisionIn(before: DecisionMarks | undefined, now: DecisionMarks): RevisionReason | null {
  if (!before) return null;
  if (now.stamps !== before.stamps) return 'stamp';
  if (now.stage !== before.stage) return 'stage';
  if (now.conversation !== before.conversation) return 'comment';
  return null;
}
