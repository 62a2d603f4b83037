// `byline stamp publish FILE [--at ISO] [--override REASON] [--tz IANA]` and
// `byline stamp update FILE --kind update|correction|clarification --note TEXT [--at ISO] [--tz IANA]`:
// the app's stamping rules over an article file, written atomically through the library's store,
// holding the article's lock from the read to the write (so a save or another stamp cannot land in
// between and be undone); prints the article's new {"publishedAt","updatedAt","updates"}. A refused
// stamp is an error (exit 1) and leaves the file as it was. Dates an imported page gave never
// refuse a stamp: the stamp clears those the record can no longer hold, as the app's does
// (core/stamps/settle-page-dates.ts).
import { realpath, stat } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { basename, dirname } from 'node:path';
import { ArticleSchema, type Article, type UpdateKind } from '../../core/article/article';
import { prePublishCheck } from '../../core/checks/pre-publish';
import { stampPublished } from '../../core/stamps/publish';
import type { StampResult } from '../../core/stamps/stamp-result';
import { stampUpdate } from '../../core/stamps/update';
import { NOT_A_FILE } from '../../electron/library/bounded-read';
import type { CommandInput } from '../command-spec';
import type { COMMANDS } from '../command-table';
import { commandLineStore } from '../library-store';
import { newsroomZone } from '../newsroom';
import { UsageError } from '../usage';
import { CLI_HEADLINE_LIMIT, unreadable } from './check';

export interface PrintedStamps {
  publishedAt: Article['publishedAt'];
  updatedAt: Article['updatedAt'];
  updates: Article['updates'];
}

/** The person at the keyboard: BYLINE_USER if set, else the operating system's user name. */
function stamper(): string {
  const named = process.env.BYLINE_USER?.trim();
  if (named) return named;
  try {
    return userInfo().username;
  } catch {
    throw new UsageError('cannot tell who is stamping: set BYLINE_USER to your name');
  }
}

type Stamp = (article: Article, now: string) => StampResult;

type StampPublishInput = CommandInput<(typeof COMMANDS)['stamp publish']>;
type StampUpdateInput = CommandInput<(typeof COMMANDS)['stamp update']>;

/** What every stamp shares: who makes it, the newsroom's zone and the time picked, if any. */
function common(input: StampPublishInput | StampUpdateInput) {
  return { by: stamper(), timeZone: newsroomZone(input.tz), ...(input.at === undefined ? {} : { at: input.at }) };
}

export function stampPublishCommand(input: StampPublishInput): Promise<PrintedStamps> {
  const options = common(input);
  const override = input.override === undefined ? {} : { override: { reason: input.override } };
  return stampFile(input.FILE, (article, now) =>
    stampPublished(article, {
      ...options,
      now,
      problems: prePublishCheck(article, { headlineLimit: CLI_HEADLINE_LIMIT, timeZone: options.timeZone }, now),
      ...override,
    }),
  );
}

export function stampUpdateCommand(input: StampUpdateInput): Promise<PrintedStamps> {
  const options = common(input);
  // The table allows only the format's kinds (command-table.ts), so this is one of them.
  const kind = input.kind as UpdateKind;
  return stampFile(input.FILE, (article, now) => stampUpdate(article, { ...options, now, kind, note: input.note }));
}

/** Reads, stamps and writes the file under its lock; every option was checked before this. */
async function stampFile(file: string, stamp: Stamp): Promise<PrintedStamps> {
  // The file the path leads to: through a symlink, the link stays and the file it names is stamped.
  const target = await realpath(file).catch((error: unknown) => {
    throw unreadable(file, error);
  });
  // Nothing is locked beside a device or a pipe: the lock would go into /dev or wherever it lives.
  if (!(await stat(target)).isFile()) throw new Error(`${file} cannot be read: ${NOT_A_FILE.message}`);
  const { article } = await commandLineStore(dirname(target)).rewrite(basename(target), (read) => {
    if (!read.ok) throw new Error(`${file} is not an article Byline can read: ${read.problem.message}`);
    if (read.readOnly) throw new Error(`${file} is not stamped: ${read.readOnly.message}`);
    const result = stamp(read.article, new Date().toISOString());
    if (!result.ok) throw new Error(result.reason);
    const valid = ArticleSchema.safeParse(result.article);
    if (!valid.success)
      throw new Error(
        `${file} is not stamped: the stamped article would not fit the article format (${valid.error.issues[0]?.message ?? 'invalid'}).`,
      );
    return result.article;
  });
  const { publishedAt, updatedAt, updates } = article;
  return { publishedAt, updatedAt, updates };
}
