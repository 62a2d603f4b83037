// `byline stamp publish FILE [--at ISO] [--override REASON] [--tz IANA]` and
// `byline stamp update FILE --kind update|correction|clarification --note TEXT [--at ISO] [--tz IANA]`:
// the app's stamping rules over an article file, written atomically through the library's store,
// holding the article's lock from the read to the write (so a save or another stamp cannot land in
// between and be undone); prints the article's new {"publishedAt","updatedAt","updates"}. A refused
// stamp is an error (exit 1) and leaves the file as it was. Dates an imported page gave never
// refuse a stamp: the stamp clears those the record can no longer hold, as the app's does
// (core/stamps/settle-page-dates.ts).
import type { Article, UpdateKind } from '../../core/article/article';
import { prePublishCheck } from '../../core/checks/pre-publish';
import { stampPublished } from '../../core/stamps/publish';
import type { StampResult } from '../../core/stamps/stamp-result';
import { stampUpdate } from '../../core/stamps/update';
import type { CommandInput } from '../command-spec';
import type { COMMANDS } from '../command-table';
import { newsroomZone } from '../newsroom';
import { actingPerson } from '../person';
import { rewriteArticleFile } from '../rewrite-article';
import { CLI_HEADLINE_LIMIT } from './check';

export interface PrintedStamps {
  publishedAt: Article['publishedAt'];
  updatedAt: Article['updatedAt'];
  updates: Article['updates'];
}

type Stamp = (article: Article, now: string) => StampResult;

type StampPublishInput = CommandInput<(typeof COMMANDS)['stamp publish']>;
type StampUpdateInput = CommandInput<(typeof COMMANDS)['stamp update']>;

/** What every stamp shares: who makes it, the newsroom's zone and the time picked, if any. */
function common(input: StampPublishInput | StampUpdateInput) {
  return { by: actingPerson(), timeZone: newsroomZone(input.tz), ...(input.at === undefined ? {} : { at: input.at }) };
}

export function stampPublishCommand(input: StampPublishInput): Promise<PrintedStamps> {
  const options = common(input);
  const override = input.override === undefined ? {} : { override: { reason: input.override } };
  return stampFile(input.FILE, options.by, (article, now) =>
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
  return stampFile(input.FILE, options.by, (article, now) =>
    stampUpdate(article, { ...options, now, kind, note: input.note }),
  );
}

/** Reads, stamps and writes the file under its lock; every option was checked before this. */
async function stampFile(file: string, by: string, stamp: Stamp): Promise<PrintedStamps> {
  const article = await rewriteArticleFile(
    file,
    (read, now) => {
      const result = stamp(read, now);
      if (!result.ok) throw new Error(result.reason);
      return result.article;
    },
    { verb: 'stamped', operation: 'stamp', by, reason: 'stamp' },
  );
  const { publishedAt, updatedAt, updates } = article;
  return { publishedAt, updatedAt, updates };
}
