// `byline check FILE`: the pre-publish check of an article file, as [{"code","severity","message"}];
// exit 1 when any problem blocks publication. A file that is not a readable article exits 1 too.
import { MAX_ARTICLE_BYTES } from '../../core/article/format';
import type { Article } from '../../core/article/article';
import { readArticle, type FileProblem } from '../../core/article/read';
import { prePublishCheck } from '../../core/checks/pre-publish';
import { isBlocking } from '../../core/checks/problem';
import { defaultSettings } from '../../core/settings/settings';
import { readBounded } from '../../electron/library/bounded-read';
import { CommandOutcome } from '../outcome';
import type { CommandInput } from '../command-spec';
import type { COMMANDS } from '../command-table';
import { readReason } from '../../electron/library/disk-errors';
import { newsroomZone } from '../newsroom';

export interface PrintedProblem {
  code: string;
  severity: 'blocking' | 'warning';
  message: string;
}

export interface ArticleOnDisk {
  article: Article;
  /** Why the file must not be written (a newer format), or null. */
  readOnly: FileProblem | null;
}

/** The command line has no settings file of its own: the app's default limit applies. */
export const CLI_HEADLINE_LIMIT = defaultSettings('UTC').headlineLimit;

/** "cannot read FILE: there is no such file (ENOENT)", in the library's own words for disk errors. */
export function unreadable(file: string, error: unknown): Error {
  return new Error(`cannot read ${file}: ${readReason(error)}`);
}

/**
 * The bytes of `file`, read the library's safe way: a named pipe, a device or a file over the
 * article size limit is refused with its reason before anything is read (exit 1).
 */
export async function readFileOnDisk(file: string): Promise<Uint8Array> {
  const read = await readBounded(file, MAX_ARTICLE_BYTES).catch((error: unknown) => {
    throw unreadable(file, error);
  });
  if (read.kind === 'refused') throw new Error(`${file} cannot be read: ${read.problem.message}`);
  return read.bytes;
}

/** Reads and validates an article file; an unreadable or unfit file is an error (exit 1) with its reason. */
export async function readArticleOnDisk(file: string): Promise<ArticleOnDisk> {
  const read = readArticle(await readFileOnDisk(file));
  if (!read.ok) throw new Error(`${file} is not an article Byline can read: ${read.problem.message}`);
  return { article: read.article, readOnly: read.readOnly };
}

export async function checkCommand({ FILE, tz }: CommandInput<typeof COMMANDS.check>): Promise<CommandOutcome> {
  const { article } = await readArticleOnDisk(FILE);
  // Times in the messages (an embargo, a stamp out of order) on the newsroom's clock, as the app shows them.
  const settings = { headlineLimit: CLI_HEADLINE_LIMIT, timeZone: newsroomZone(tz) };
  const problems = prePublishCheck(article, settings, new Date().toISOString());
  const printed: PrintedProblem[] = problems.map(({ code, severity, message }) => ({ code, severity, message }));
  return new CommandOutcome(printed, problems.some(isBlocking) ? 1 : 0);
}
