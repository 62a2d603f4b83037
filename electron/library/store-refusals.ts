// What the article store says when it writes nothing: each refusal in one sentence that names
// the file, what happened and what the reporter can do, so the app and the command line say the same.
import { ArticleSchema, type Article } from '../../core/article/article';
import { ARTICLE_VERSION } from '../../core/article/format';
import { checkBody } from '../../core/body/schema';
import { BylineError } from '../../core/ipc/errors';
import { copyOf, keptBecause, type CopyOf } from './duplicate-ids';
import type { Claimant } from './find-article';

/** What a write is for, so a refusal names it. */
export type Operation = 'save' | 'stamp' | 'keep';

export function lostLock(file: string): BylineError {
  return new BylineError(
    'IO',
    `"${file}" was not saved: another program took it over while this save waited for the disk. Nothing was changed; save again.`,
  );
}

// What each write is refused as when its file would be too large, and what the reporter can do.
const TOO_LARGE: Record<Operation, { refused: string; advice: string }> = {
  save: {
    refused: 'The article cannot be saved',
    advice: 'Nothing was saved; shorten it or split it into two articles.',
  },
  stamp: {
    refused: 'The article cannot be stamped',
    advice: 'Nothing was written; shorten the article in Byline (or the stamp’s note), then stamp it again.',
  },
  keep: {
    refused: 'The copy cannot be kept as a separate article',
    advice: 'Nothing was written; shorten it in a text editor, or move it to the trash.',
  },
};

export function tooLargeToSave(size: number, limit: number, operation: Operation = 'save'): BylineError {
  const bytes = (count: number) => `${count.toLocaleString('en-US')} bytes`;
  const { refused, advice } = TOO_LARGE[operation];
  return new BylineError(
    'INVALID_ARTICLE',
    `${refused}: its file would be ${bytes(size)}, and articles over ${bytes(limit)} (${(limit / (1024 * 1024)).toFixed(1)} MB) cannot be opened again. ${advice}`,
  );
}

/** A save from an editor whose file has become a copy of `keeper`: nothing is written. */
export function becameCopy(was: Claimant, keeper: Claimant): BylineError {
  const copy = copyOf(keeper, was);
  return new BylineError(
    'CONFLICT',
    `"${was.file}" is now a copy: ${keptBecause(copy)}, carries the same article id and so is the article. Nothing was saved: reload to open it, keep your version (it is saved into "${keeper.file}"), or save yours as a copy.`,
  );
}

const VERB: Record<Operation, string> = { save: 'saved', stamp: 'stamped', keep: 'written' };

/** The refusal to write into a copy from outside the editor (the command line's stamp). */
export function copyNotWritten(file: string, copy: CopyOf, operation: Operation): BylineError {
  const verb = VERB[operation];
  return new BylineError(
    'READ_ONLY',
    `"${file}" is not ${verb}: it is a copy of ${keptBecause(copy)}, and carries the same article id. Nothing was written; ${operation === 'stamp' ? `stamp "${copy.original}"` : `use "${copy.original}"`}, or keep the copy as a separate article in Byline first.`,
  );
}

export function validForSaving(article: Article): Article {
  const parsed = ArticleSchema.safeParse(article);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'article';
    throw new BylineError('INVALID_ARTICLE', `The article cannot be saved: ${where}: ${issue?.message ?? 'invalid'}.`);
  }
  if (parsed.data.version > ARTICLE_VERSION) {
    throw new BylineError(
      'READ_ONLY',
      `This article was written by a newer version of Byline (format ${parsed.data.version}) and cannot be saved by this one.`,
    );
  }
  const body = checkBody(parsed.data.body);
  if (!body.ok)
    throw new BylineError(
      'INVALID_ARTICLE',
      `The article cannot be saved: the body holds content this version cannot keep (${body.message}).`,
    );
  return parsed.data;
}
