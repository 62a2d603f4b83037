// `byline check FILE`: the pre-publish check of an article file, as [{"code","severity","message"}];
// exit 1 when any problem blocks publication. A file that is not a readable article exits 1 too.
import { readFileSync } from 'node:fs';
import type { Article } from '../../core/article/article';
import { readArticle, type FileProblem } from '../../core/article/read';
import { prePublishCheck } from '../../core/checks/pre-publish';
import { isBlocking } from '../../core/checks/problem';
import { defaultSettings } from '../../core/settings/settings';
import { CommandOutcome } from '../outcome';
import { noMoreArguments, UsageError } from '../usage';

export interface PrintedProblem {
  code: string;
  severity: 'blocking' | 'warning';
  message: string;
}

export interface ArticleOnDisk {
  article: Article;
  /** The bytes as read, so a writer can tell whether someone changed the file since. */
  bytes: Buffer;
  /** Why the file must not be written (a newer format), or null. */
  readOnly: FileProblem | null;
}

/** The command line has no settings file of its own: the app's default limit applies. */
export const CLI_HEADLINE_LIMIT = defaultSettings('UTC').headlineLimit;

/** Reads and validates an article file; an unreadable or unfit file is an error (exit 1) with its reason. */
export function readArticleOnDisk(file: string): ArticleOnDisk {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(`cannot read ${file}: ${code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a folder' : String(code ?? error)}`);
  }
  const read = readArticle(bytes);
  if (!read.ok) throw new Error(`${file} is not an article Byline can read: ${read.problem.message}`);
  return { article: read.article, bytes, readOnly: read.readOnly };
}

export async function checkCommand(args: string[]): Promise<CommandOutcome> {
  const [file, ...extra] = args;
  if (file === undefined || file === '') throw new UsageError('missing the FILE');
  noMoreArguments(extra);
  const { article } = readArticleOnDisk(file);
  const problems = prePublishCheck(article, { headlineLimit: CLI_HEADLINE_LIMIT }, new Date().toISOString());
  const printed: PrintedProblem[] = problems.map(({ code, severity, message }) => ({ code, severity, message }));
  return new CommandOutcome(printed, problems.some(isBlocking) ? 1 : 0);
}
