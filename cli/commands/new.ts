// `byline new FOLDER --headline TEXT`: creates an article, prints {"id","path"}.
import { commandLineStore } from '../library-store';
import { libraryFolder, noMoreArguments, UsageError } from '../usage';

function takeHeadline(args: string[]): { headline: string; rest: string[] } {
  const rest = [...args];
  const at = rest.findIndex((arg) => arg === '--headline' || arg.startsWith('--headline='));
  if (at === -1) throw new UsageError('missing --headline TEXT');
  const flag = rest[at] as string;
  if (flag.startsWith('--headline=')) {
    rest.splice(at, 1);
    return { headline: flag.slice('--headline='.length), rest };
  }
  const headline = rest[at + 1];
  if (headline === undefined) throw new UsageError('--headline needs a value');
  rest.splice(at, 2);
  return { headline, rest };
}

export async function newArticleCommand(args: string[]): Promise<unknown> {
  const { headline, rest } = takeHeadline(args);
  const [folderArgument, ...extra] = rest;
  const folder = libraryFolder(folderArgument);
  noMoreArguments(extra);
  const store = commandLineStore(folder);
  const created = await store.create({ headline });
  return { id: created.article.id, path: store.pathOf(created.file) };
}
