// `byline suggest FILE --replace OLD --with NEW`: a suggested edit by the person at the keyboard
// on the first place the body reads OLD (quotes and dashes folded, case kept, as the find bar and
// `comment --on` read it); `--with ""` suggests deleting the words. Prints {"suggestion": id}.
// Words the body does not hold, or an edit that would suggest nothing, are refused (exit 1) with
// the file left as it was.
import type { Node as PMNode } from '@tiptap/pm/model';
import type { Article } from '../../core/article/article';
import { checkBody, type BodyJSON } from '../../core/body/schema';
import { findMatches } from '../../core/find/search';
import { suggestionsIn } from '../../core/review/suggestions/list';
import { suggestReplacement } from '../../core/review/suggestions/suggest-replace';
import type { CommandInput } from '../command-spec';
import type { COMMANDS } from '../command-table';
import { actingPerson } from '../person';
import { newReviewId } from '../review-ids';
import { rewriteArticleFile } from '../rewrite-article';
import { UsageError } from '../usage';

/** The body as ProseMirror holds it, or the refusal a body that cannot be read gets. */
export function bodyOf(article: Article, refused: string): PMNode {
  const checked = checkBody(article.body);
  if (!checked.ok) throw new Error(`The body cannot be read, so ${refused}: ${checked.message}`);
  return checked.doc;
}

function suggested(article: Article, old: string, text: string, who: { id: string; by: string; at: string }): Article {
  const doc = bodyOf(article, 'nothing in it can be changed');
  const match = findMatches(doc, { query: old, matchCase: true, wholeWord: false, regex: false })[0];
  if (!match) throw new Error(`The body does not contain “${old}”.`);
  const changed = suggestReplacement(doc, match, text, who);
  if (changed.eq(doc)) throw new Error(`“${old}” is already struck out; there is nothing to suggest.`);
  // Taking away one's own suggested words withdraws them rather than suggesting anything.
  if (!suggestionsIn(changed).some((suggestion) => suggestion.id === who.id))
    throw new Error(`“${old}” are words you suggested; reject that suggestion instead.`);
  return { ...article, body: changed.toJSON() as BodyJSON };
}

export async function suggestCommand(input: CommandInput<typeof COMMANDS.suggest>): Promise<{ suggestion: string }> {
  const { replace: old, with: text } = input;
  if (old === '') throw new UsageError('--replace needs the words of the body to replace');
  if (text === old) throw new UsageError('--with is the same as --replace: there is nothing to suggest');
  const by = actingPerson();
  let id = '';
  await rewriteArticleFile(
    input.FILE,
    (article, at) => {
      id = newReviewId(article);
      return suggested(article, old, text, { id, by, at });
    },
    { verb: 'changed', operation: 'save', by, reason: 'suggest' },
  );
  return { suggestion: id };
}
