// `byline stamp publish FILE [--at ISO] [--override REASON] [--tz IANA]` and
// `byline stamp update FILE --kind update|correction|clarification --note TEXT [--at ISO] [--tz IANA]`:
// the app's stamping rules over an article file, written atomically; prints the article's new
// {"publishedAt","updatedAt","updates"}. A refused stamp is an error (exit 1) and leaves the file as it was.
import { readFileSync, realpathSync } from 'node:fs';
import { userInfo } from 'node:os';
import { ArticleSchema, UPDATE_KINDS, type Article, type UpdateKind } from '../../core/article/article';
import { serializeArticle } from '../../core/article/serialize';
import { prePublishCheck } from '../../core/checks/pre-publish';
import { isTimeZone } from '../../core/dates/zones';
import { stampPublished } from '../../core/stamps/publish';
import type { StampResult } from '../../core/stamps/stamp-result';
import { stampUpdate } from '../../core/stamps/update';
import { writeFileAtomic } from '../../electron/library/atomic-write';
import { UsageError } from '../usage';
import { CLI_HEADLINE_LIMIT, readArticleOnDisk } from './check';

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
  if (!isTimeZone(zone)) throw new UsageError(`unknown time zone: ${zone} (give an IANA name with --tz, like Europe/Berlin)`);
  return zone;
}

function updateKind(options: Options): UpdateKind {
  const kind = options.get('kind');
  if (kind === undefined) throw new UsageError('stamp update needs --kind update|correction|clarification');
  if (!(UPDATE_KINDS as readonly string[]).includes(kind)) throw new UsageError(`--kind must be update, correction or clarification, not ${kind}`);
  return kind as UpdateKind;
}

function stamp(action: string | undefined, article: Article, options: Options, now: string): StampResult {
  const common = { now, by: stamper(), timeZone: newsroomZone(options), ...(options.has('at') ? { at: options.get('at')! } : {}) };
  if (action === 'publish') {
    const problems = prePublishCheck(article, { headlineLimit: CLI_HEADLINE_LIMIT }, now);
    return stampPublished(article, { ...common, problems, ...(options.has('override') ? { override: { reason: options.get('override')! } } : {}) });
  }
  const note = options.get('note');
  const kind = updateKind(options);
  if (note === undefined) throw new UsageError('stamp update needs --note TEXT');
  return stampUpdate(article, { ...common, kind, note });
}

const ALLOWED: Record<string, readonly string[]> = {
  publish: ['at', 'override', 'tz'],
  update: ['kind', 'note', 'at', 'tz'],
};

export async function stampCommand(args: string[]): Promise<PrintedStamps> {
  const [action, ...rest] = args;
  const allowed = action === undefined ? undefined : ALLOWED[action];
  if (allowed === undefined) throw new UsageError(action === undefined ? 'missing what to stamp: publish or update' : `unknown stamp: ${action} (publish or update)`);
  const { file, options } = parseArguments(rest, allowed);
  const { article, bytes, readOnly } = readArticleOnDisk(file);
  if (readOnly) throw new Error(`${file} is not stamped: ${readOnly.message}`);
  const result = stamp(action, article, options, new Date().toISOString());
  if (!result.ok) throw new Error(result.reason);
  const valid = ArticleSchema.safeParse(result.article);
  if (!valid.success) throw new Error(`${file} is not stamped: the stamped article would not fit the article format (${valid.error.issues[0]?.message ?? 'invalid'}).`);
  await writeOver(file, bytes, serializeArticle(result.article));
  const { publishedAt, updatedAt, updates } = result.article;
  return { publishedAt, updatedAt, updates };
}

/**
 * Replaces the file the path leads to (through a symlink, the link stays), but only if it still
 * holds what was read: a stamp must not overwrite a save that landed in between.
 */
async function writeOver(file: string, read: Buffer, text: string): Promise<void> {
  const target = realpathSync(file);
  if (!readFileSync(target).equals(read)) throw new Error(`${file} changed on disk while it was being stamped; nothing was written. Run the command again.`);
  await writeFileAtomic(target, new TextEncoder().encode(text));
}
