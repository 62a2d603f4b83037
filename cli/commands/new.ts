// `byline new FOLDER --headline TEXT`: creates an article, prints {"id","path"}.
import type { CommandInput } from '../command-spec';
import type { COMMANDS } from '../command-table';
import { commandLineStore } from '../library-store';

export async function newArticleCommand({ FOLDER, headline }: CommandInput<typeof COMMANDS.new>): Promise<unknown> {
  const store = commandLineStore(FOLDER);
  const created = await store.create({ headline });
  return { id: created.article.id, path: store.pathOf(created.file) };
}
