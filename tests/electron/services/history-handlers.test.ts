// The History panel's operations over a real library: saves carry who and why into the history,
// a revision reads back as it was, Restore adds a revision (refused on a changed file, nothing
// written), closing records only what the history does not hold, who saw what is remembered, and
// a damaged history is reported while the article opens and saves as ever.
import { appendFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../core/article/article';
import { serializeArticle } from '../../../core/article/serialize';
import type { ArticleHistory, OpenedArticle, OpArgs } from '../../../core/ipc/contract';
import { dispatch, type Handlers } from '../../../core/ipc/dispatch';
import type { Result } from '../../../core/ipc/errors';
import { moveStage } from '../../../core/review/stages';
import { defaultSettings, type Settings } from '../../../core/settings/settings';
import { BackupFolder } from '../../../electron/library/backups';
import { createHandlers } from '../../../electron/services/handlers';
import { openLibrary, type OpenLibrary } from '../../../electron/services/open-library';
import { paragraphs } from '../../builders/body';

let root: string;
let folder: string;
let library: OpenLibrary;
let handlers: Handlers;
let settings: Settings;
let minute = 0;
// Each call a few minutes after the one before, so typing is never folded into the last revision.
const clock = { now: () => new Date(Date.UTC(2025, 2, 1, 9, (minute += 5))).toISOString() };

async function call<T>(name: string, args: unknown): Promise<T> {
  const result = (await dispatch(handlers, name, args)) as Result<T>;
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}
const refusal = async (name: string, args: unknown) => {
  const result = await dispatch(handlers, name, args);
  return result.ok ? null : result.error.code;
};

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'byline-history-'));
  folder = join(root, 'Byline');
  await mkdir(folder);
  settings = { ...defaultSettings('UTC'), yourName: 'Amina Rahimi' };
  library = await openLibrary({ folder, userData: join(root, 'user-data'), clock, trash: (path) => rm(path) });
  handlers = createHandlers({
    host: {
      libraryState: () => ({ folder, proposedFolder: folder, settingsNotice: null }),
      setupLibrary: async () => ({ folder, proposedFolder: folder, settingsNotice: null }),
      showInFolder: () => undefined,
      readyToClose: () => undefined,
    },
    clock,
    settings: { get: () => settings, update: () => settings },
    backups: new BackupFolder({ folder: join(root, 'backups') }),
    library: () => library,
  });
});

afterEach(async () => {
  await library.close();
  await rm(root, { recursive: true, force: true });
});

async function save(opened: OpenedArticle, change: (article: Article) => Article, reason?: string) {
  const args: OpArgs<'saveArticle'> = { article: change(opened.article), revision: opened.revision };
  return call<OpenedArticle>('saveArticle', reason ? { ...args, reason } : args);
}
const history = (id: string, viewer = '') => call<ArticleHistory>('listRevisions', { id, viewer });
const withText = (text: string) => (article: Article) => ({ ...article, body: paragraphs(text) });

describe('the history through IPC', () => {
  it('records who and why at each save, reads each revision back, and restores one as a new revision', async () => {
    const created = await call<OpenedArticle>('createArticle', { headline: 'Sea wall vote' });
    const id = created.article.id;
    const first = await save(created, withText('The council voted on Monday.'));
    settings = { ...settings, yourName: 'Dana Whitfield' };
    const ready = moveStage(first.article, { to: 'ready', by: 'Dana Whitfield', at: clock.now() });
    if (!ready.ok) throw new Error(ready.reason);
    const moved = await save(
      first,
      () => ({ ...ready.article, body: paragraphs('The council voted on Tuesday.') }),
      'stage',
    );

    const listed = await history(id);
    expect(listed.problem).toBeNull();
    expect(listed.revisions.map(({ reason, by, words }) => ({ reason, by, words }))).toEqual([
      { reason: 'create', by: expect.any(String), words: 0 },
      { reason: 'edit', by: 'Amina Rahimi', words: 5 },
      { reason: 'stage', by: 'Dana Whitfield', words: 5 },
    ]);
    const second = await call<{ article: Article }>('readRevision', { id, rev: 2 });
    expect(second.article.body).toEqual(paragraphs('The council voted on Monday.'));

    // A restore asked for against an older revision of the file is refused, and writes nothing.
    const onDisk = await readFile(join(folder, moved.file));
    expect(await refusal('restoreRevision', { id, rev: 2, revision: first.revision })).toBe('CONFLICT');
    expect(await readFile(join(folder, moved.file))).toEqual(onDisk);

    const restored = await call<OpenedArticle>('restoreRevision', { id, rev: 2, revision: moved.revision });
    expect(restored.article.body).toEqual(paragraphs('The council voted on Monday.'));
    // The words come back; the desk's record stays as it is now.
    expect(restored.article.review?.stage).toBe('ready');
    const after = await history(id);
    expect(after.revisions.at(-1)).toMatchObject({ rev: 4, reason: 'restore', by: 'Dana Whitfield', restored: 2 });
    // And back again: nothing was lost by restoring.
    const back = await call<OpenedArticle>('restoreRevision', { id, rev: 3, revision: restored.revision });
    expect(back.article.body).toEqual(paragraphs('The council voted on Tuesday.'));
    // Told by what each restore holds: the newest earlier revision with those words and details.
    const restores = (await history(id)).revisions.filter((entry) => entry.reason === 'restore');
    expect(restores.map(({ rev, restored }) => [rev, restored])).toEqual([
      [4, 2],
      [5, 3],
    ]);
  });

  it('records a revision at close only when the history does not hold the article as it is', async () => {
    const created = await call<OpenedArticle>('createArticle', { headline: 'Sea wall vote' });
    const id = created.article.id;
    expect(await call('recordRevision', { id, reason: 'close' })).toEqual({ rev: 1 });
    // A file no Byline has written since histories began: looking at it and closing it starts none.
    const untouched = join(folder, 'untouched.byline.json');
    await writeFile(untouched, serializeArticle({ ...created.article, id: 'untouched-0001', slug: 'untouched' }));
    expect(await call('recordRevision', { id: 'untouched-0001', reason: 'close' })).toEqual({ rev: null });
    expect(await readdir(folder)).not.toContain('.untouched.byline.json.history');
    const typed = await save(created, withText('The council voted.'));
    await save(typed, withText('The council voted on Monday.'));
    // Both saves are on the history's record already: closing adds nothing, and says which is last.
    const before = (await history(id)).revisions;
    const closed = await call<{ rev: number }>('recordRevision', { id, reason: 'close' });
    expect((await history(id)).revisions).toEqual(before);
    expect(closed.rev).toBe(before.at(-1)!.rev);
    const last = await call<{ article: Article }>('readRevision', { id, rev: closed.rev });
    expect(last.article.body).toEqual(paragraphs('The council voted on Monday.'));
    expect(await call('recordRevision', { id, reason: 'close' })).toEqual(closed);

    // Written by another program, so not on the history's record: closing records it.
    await writeFile(
      join(folder, created.file),
      serializeArticle({ ...last.article, body: paragraphs('Changed elsewhere.') }),
    );
    const recorded = await call<{ rev: number }>('recordRevision', { id, reason: 'close' });
    expect(recorded.rev).toBe(closed.rev + 1);
    expect((await history(id)).revisions.at(-1)).toMatchObject({ reason: 'close', by: 'Amina Rahimi', words: 2 });
  });

  it('remembers the revision each person last saw', async () => {
    const created = await call<OpenedArticle>('createArticle', { headline: 'Sea wall vote' });
    const id = created.article.id;
    expect((await history(id, 'Dana Whitfield')).lastSeen).toBeNull();
    await call('markRevisionSeen', { id, viewer: 'Dana Whitfield', rev: 1 });
    await save(created, withText('The council voted.'));
    expect((await history(id, 'Dana Whitfield')).lastSeen).toBe(1);
    expect((await history(id, 'Amina Rahimi')).lastSeen).toBeNull();
  });

  it('reports a damaged history in the list while the article opens and saves as ever', async () => {
    const created = await call<OpenedArticle>('createArticle', { headline: 'Sea wall vote' });
    const id = created.article.id;
    await appendFile(join(folder, `.${created.file}.history`), 'not a revision\n');
    const listed = await history(id);
    expect(listed.problem).toMatch(/damaged/);
    expect(listed.revisions).toHaveLength(1);
    const opened = await call<OpenedArticle>('openArticle', { id });
    const saved = await save(opened, withText('Still saved.'));
    expect(saved.article.body).toEqual(paragraphs('Still saved.'));
    expect(await refusal('readRevision', { id, rev: 99 })).toBe('NOT_FOUND');
  });
});
