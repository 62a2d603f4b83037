// `byline accept FILE (ID | --all)` and `byline reject FILE (ID | --all)`: the desk's verdict on
// suggested edits. Accepting makes a suggestion part of the text, rejecting takes it back; either
// prints the review as `byline review` does. A suggestion the article does not have, or --all
// with none pending, is refused (exit 1) with the file left as it was; both ID and --all, or
// neither, is a usage error (exit 2).
import type { Article } from '../../core/article/article';
import type { BodyJSON } from '../../core/body/schema';
import { acceptSuggestions, rejectSuggestions, type SuggestionChoice } from '../../core/review/suggestions/decide';
import { suggestionsIn } from '../../core/review/suggestions/list';
import type { CommandInput } from '../command-spec';
import type { COMMANDS } from '../command-table';
import { actingPerson } from '../person';
import { rewriteArticleFile } from '../rewrite-article';
import { UsageError } from '../usage';
import { printedReview, type PrintedReview } from './review';
import { bodyOf } from './suggest';

type Verdict = 'accept' | 'reject';
type DecideInput = CommandInput<typeof COMMANDS.accept> | CommandInput<typeof COMMANDS.reject>;

function decided(article: Article, verdict: Verdict, which: SuggestionChoice): Article {
  const doc = bodyOf(article, `no suggestion in it can be ${verdict}ed`);
  const pending = suggestionsIn(doc);
  if (which === 'all') {
    if (pending.length === 0) throw new Error(`There are no suggested edits to ${verdict}.`);
  } else {
    for (const id of which as ReadonlySet<string>)
      if (!pending.some((suggestion) => suggestion.id === id)) throw new Error(`There is no suggested edit ${id}.`);
  }
  const changed = verdict === 'accept' ? acceptSuggestions(doc, which) : rejectSuggestions(doc, which);
  return { ...article, body: changed.toJSON() as BodyJSON };
}

async function decide(verdict: Verdict, { FILE, ID, all }: DecideInput): Promise<PrintedReview> {
  if (ID !== undefined && all) throw new UsageError(`give the ID of one suggestion or --all, not both`);
  if (ID === undefined && !all) throw new UsageError(`${verdict} needs the ID of a suggestion, or --all`);
  const which: SuggestionChoice = all ? 'all' : new Set([ID!]);
  const article = await rewriteArticleFile(FILE, (read) => decided(read, verdict, which), {
    verb: 'changed',
    operation: 'save',
    by: actingPerson(),
    reason: verdict,
  });
  return printedReview(article);
}

export const acceptCommand = (input: CommandInput<typeof COMMANDS.accept>) => decide('accept', input);
export const rejectCommand = (input: CommandInput<typeof COMMANDS.reject>) => decide('reject', input);
