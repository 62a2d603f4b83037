// `byline stamp publish FILE [--at ISO] [--override REASON] [--tz IANA]` and
// `byline stamp update FILE --kind update|correction|clarification --note TEXT [--at ISO] [--tz IANA]`:
// the app's stamping rules over an article file, written atomically through the library's store,
// holding the article's lock from the read to the write (so a save or another stamp cannot land in
// between and be undone); prints the article's new {"publishedAt","updatedAt","updates"}. A refused
// stamp is an error (exit 1) and leaves the file as it was.
import { realpath, stat } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { basename, dirname } from 'node:path';
import { ArticleSchema, UPDATE_KINDS, type Article, type UpdateKind } from '../../core/article/article';
import { prePublishCheck } from '../../core/checks/pre-publish';
import { isTimeZone } from '../../core/dates/zones';
import { stampPublished } from '../../core/stamps/publish';
import type { StampResult } from '../../core/stamps/stamp-result';
import { stampUpdate } from '../../core/stamps/update';
import { NOT_A_FILE } from '../../electron/library/bounded-read';
import { commandLineStore } from '../library-store';
import { UsageError } from '../usage';
import { CLI_HEADLINE_LIMIT, unreadable } from './check';

export interface PrintedStamps {
  publishedAt: Article['publishedAt'];
  updatedAt: Article['updatedAt'];
  updates: Article['updates'];
}

type Options = Map<string, string>;

/** FILE and `--name value` (or `--name=value`) options, each at most once, only the ones allowed. */
function parseArguments(args: string[], allowed: readonly string[]): { file: string; options: Options } {
  const options: Options = new Map();
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const argument = args[i]!;
    if (!argument.startsWith('--')) {
      files.push(argument);
      continue;
    }
    const equals = argument.indexOf('=');
    const name = argument.slice(2, equals === -1 ? undefined : equals);
    if (!allowed.includes(name)) throw new UsageError(`unknown option: --${name}`);
    if (options.has(name)) throw new UsageError(`--${name} is given twice`);
    const value = equals === -1 ? args[++i] : argument.slice(equals + 1);
    if (value === undefined) throw new UsageError(`--${name} needs a value`);
    options.set(name, value);
  }
  if (files.length === 0 || files[0] === '') throw new UsageError('missing the FILE');
  if (files.length > 1) throw new UsageError(`unexpected argument: ${files[1]}`);
  return { file: files[0]!, options };
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

/** The newsroom's zone: --tz, else this system's zone as Intl reports it. */
function newsroomZone(options: Options): string {
  const zone = options.get('tz') ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!isTimeZone(zone))
    throw new UsageError(`unknown time zone: ${zone} (give an IANA name with --tz, like Europe/Berlin)`);
  return zone;
}

function updateKind(options: Options): UpdateKind {
  const kind = options.get('kind');
  if (kind === undefined) throw new UsageError('stamp update needs --kind update|correction|clarification');
  if (!(UPDATE_KINDS as readonly string[]).includes(kind))
    throw new UsageError(`--kind must be update, correction or clarification, not ${kind}`);
  return kind as UpdateKind;
}

type Stamp = (article: Article, now: string) => StampResult;

/** The stamp the arguments ask for, every option checked before the file is touched. */
function stampFor(action: string | undefined, options: Options): Stamp {
  const common = {
    by: stamper(),
    timeZone: newsroomZone(options),
    ...(options.has('at') ? { at: options.get('at')! } : {}),
  };
  if (action === 'publish') {
    const override = options.has('override') ? { override: { reason: options.get('override')! } } : {};
    return (article, now) =>
      stampPublished(article, {
        ...common,
        now,
        problems: prePublishCheck(article, { headlineLimit: CLI_HEADLINE_LIMIT }, now),
        ...override,
      });
  }
  const kind = updateKind(options);
  const note = options.get('note');
  if (note === undefined) throw new UsageError('stamp update needs --note TEXT');
  return (article, now) => stampUpdate(article, { ...common, now, kind, note });
}

const ALLOWED: Record<string, readonly string[]> = {
  publish: ['at', 'override', 'tz'],
  update: ['kind', 'note', 'at', 'tz'],
};

export async function stampCommand(args: string[]): Promise<PrintedStamps> {
  const [action, ...rest] = args;
  const allowed = action === undefined ? undefined : ALLOWED[action];
  if (allowed === undefined)
    throw new UsageError(
      action === undefined
        ? 'missing what to stamp: publish or update'
        : `unknown stamp: ${action} (publish or update)`,
    );
  const { file, options } = parseArguments(rest, allowed);
  const stamp = stampFor(action, options);
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
