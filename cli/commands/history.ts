// `byline history FILE`: the article's revisions, oldest first, as [{"rev","at","by","reason","words"}]
// (words: the body as it stood, pending suggestions left out). An article with no history yet
// lists none.
import type { RevisionEntry } from '../../core/review/history';
import { historyOfFile, revisionsOf } from '../article-history';
import type { CommandInput } from '../command-spec';
import type { COMMANDS } from '../command-table';

export async function historyCommand({ FILE }: CommandInput<typeof COMMANDS.history>): Promise<RevisionEntry[]> {
  const revisions = await revisionsOf(FILE, await historyOfFile(FILE));
  return revisions.map(({ rev, at, by, reason, words }) => ({ rev, at, by, reason, words }));
}
