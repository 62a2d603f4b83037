// `byline comment FILE --on TEXT --text NOTE` opens a thread on the first place the body reads
// TEXT (quotes and dashes folded, case kept, as the find bar reads it); `byline comment FILE
// --reply THREAD --text NOTE` adds to a thread. Either prints {"thread": id}. Words the body does
// not hold, or a thread it does not have, are refused (exit 1) with the file left as it was.
import type { Article } from '../../core/article/article';
import { commentOnWords, reply, type ThreadResult } from '../../core/review/threads';
import type { CommandInput } from '../command-spec';
import type { COMMANDS } from '../command-table';
import { actingPerson } from '../person';
import { newReviewId } from '../review-ids';
import { rewriteArticleFile } from '../rewrite-article';
import { UsageError } from '../usage';

type CommentInput = CommandInput<typeof COMMANDS.comment>;

/** The thread change the options ask for, or a UsageError before anything is read. */
function requestedChange(input: CommentInput): (article: Article, by: string, at: string) => ThreadResult {
  const { on, reply: thread, text } = input;
  if (on !== undefined && thread !== undefined)
    throw new UsageError('give --on TEXT for a new thread or --reply THREAD, not both');
  if (on === undefined && thread === undefined)
    throw new UsageError('comment needs --on TEXT (the words to comment on) or --reply THREAD');
  if (text.trim() === '') throw new UsageError('--text needs the words of the comment');
  if (on !== undefined) {
    if (on.trim() === '') throw new UsageError('--on needs the words of the body to comment on');
    return (article, by, at) =>
      commentOnWords(article, on, { id: newReviewId(article), commentId: newReviewId(article), by, at, text });
  }
  return (article, by, at) => reply(article, thread!, { id: newReviewId(article), by, at, text });
}

export async function commentCommand(input: CommentInput): Promise<{ thread: string }> {
  const change = requestedChange(input);
  const by = actingPerson();
  let thread = '';
  await rewriteArticleFile(
    input.FILE,
    (article, at) => {
      const result = change(article, by, at);
      if (!result.ok) throw new Error(result.reason);
      thread = result.threadId;
      return result.article;
    },
    { verb: 'commented on', operation: 'save', by, reason: 'comment' },
  );
  return { thread };
}
