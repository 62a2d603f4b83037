// The history beside an article: every revision comes back as it was, typing makes one revision
// every few minutes, and a damaged or missing history never stands between a reporter and the article.
import { appendFile, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../../core/article/article';
import { serializeArticle } from '../../../../core/article/serialize';
import { articleHistory, historyPathFor, KEYFRAME_EVERY } from '../../../../electron/library/history/history-store';
import { story } from '../../../builders/article';
import { paragraphs } from '../../../builders/body';

const FILE = 'council-budget.byline.json';
const folders: string[] = [];
afterEach(() => Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true }))));

async function library(article?: Article): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'byline-history-'));
  folders.push(folder);
  if (article) await writeFile(join(folder, FILE), serializeArticle(article));
  return folder;
}

const minutes = (n: number) => new Date(Date.UTC(2026, 11, 5, 9, 0) + n * 60_000).toISOString();

/** The article after `n` small edits, as typing makes them: a word here, a sentence there. */
function version(n: number): Article {
  const texts = ['The council met on Tuesday.', 'It voted on the budget.', 'Residents spoke for an hour.'];
  for (let i = 1; i <= n; i++) {
    const at = i % texts.length;
    texts[at] = i % 4 === 0 ? texts[at]!.replace(/ \S+$/u, '.') : `${texts[at]!.slice(0, -1)} word${i}.`;
    if (i % 7 === 0) texts.push(`New paragraph ${i}.`);
  }
  return story(paragraphs(...texts), {
    headline: `Council budget, take ${n}`,
    savedAt: minutes(n * 5),
  });
}

describe('the history of an article', () => {
  it('gives back every one of 250 revisions exactly as it was recorded, across keyframes', async () => {
    const folder = await library(version(0));
    const history = articleHistory(folder);
    const count = KEYFRAME_EVERY * 2 + 50;
    for (let n = 1; n <= count; n++) {
      const entry = await history.record(FILE, version(n), { by: 'Ana', reason: 'edit', at: minutes(n * 5) });
      expect(entry?.rev).toBe(n);
    }
    const { revisions, problem } = await history.list(FILE);
    expect(problem).toBeNull();
    expect(revisions.map((r) => r.rev)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    expect(revisions[0]).toEqual({ rev: 1, at: minutes(5), by: 'Ana', reason: 'edit', words: 16 });
    for (let n = 1; n <= count; n++) expect(await history.read(FILE, n)).toEqual(version(n));
  });

  it('is an empty list, with no problem, for an article that has none yet', async () => {
    const folder = await library(version(0));
    expect(await articleHistory(folder).list(FILE)).toEqual({ revisions: [], problem: null });
  });

  it('folds typing into the last revision for three minutes per person, and never folds a stage change', async () => {
    const folder = await library(version(0));
    const history = articleHistory(folder);
    const at = (seconds: number) => new Date(Date.parse(minutes(0)) + seconds * 1000).toISOString();
    expect(await history.record(FILE, version(1), { by: 'Ana', reason: 'edit', at: at(0) })).not.toBeNull();
    expect(await history.record(FILE, version(2), { by: 'Ana', reason: 'edit', at: at(60) })).toBeNull();
    expect(await history.record(FILE, version(3), { by: 'Ana', reason: 'edit', at: at(179) })).toBeNull();
    // Another person's typing is theirs to find in the history.
    expect(await history.record(FILE, version(4), { by: 'Ben', reason: 'edit', at: at(180) })).not.toBeNull();
    expect(await history.record(FILE, version(5), { by: 'Ben', reason: 'stage', at: at(181) })).not.toBeNull();
    expect(await history.record(FILE, version(6), { by: 'Ben', reason: 'edit', at: at(182) })).not.toBeNull();
    expect(await history.record(FILE, version(7), { by: 'Ben', reason: 'edit', at: at(182 + 180) })).not.toBeNull();
    const { revisions } = await history.list(FILE);
    expect(revisions.map((r) => `${r.by} ${r.reason}`)).toEqual([
      'Ana edit',
      'Ben edit',
      'Ben stage',
      'Ben edit',
      'Ben edit',
    ]);
    expect(await history.read(FILE, 2)).toEqual(version(4));
  });

  it('makes no revision for a save that changed nothing but the time it was saved', async () => {
    const folder = await library(version(0));
    const history = articleHistory(folder);
    await history.record(FILE, version(1), { by: 'Ana', reason: 'stage', at: minutes(1) });
    const resaved = { ...version(1), savedAt: minutes(30) };
    expect(await history.record(FILE, resaved, { by: 'Ana', reason: 'close', at: minutes(30) })).toBeNull();
    expect((await history.list(FILE)).revisions).toHaveLength(1);
  });

  it('leaves out a last line cut short, and the next revision takes its place', async () => {
    const folder = await library(version(0));
    const history = articleHistory(folder);
    for (let n = 1; n <= 3; n++) await history.record(FILE, version(n), { by: 'Ana', reason: 'stage', at: minutes(n) });
    const path = historyPathFor(join(folder, FILE));
    const whole = await readFile(path, 'utf8');
    const lines = whole.split('\n');
    // As a writer killed halfway through its append leaves it.
    await writeFile(path, whole + lines[2]!.slice(0, 40).replace('"rev":3', '"rev":4'));
    const listed = await history.list(FILE);
    expect(listed.problem).toBeNull();
    expect(listed.revisions.map((r) => r.rev)).toEqual([1, 2, 3]);
    expect(await history.record(FILE, version(4), { by: 'Ana', reason: 'stage', at: minutes(4) })).toMatchObject({
      rev: 4,
    });
    expect(await history.list(FILE)).toMatchObject({ problem: null });
    expect(await history.read(FILE, 4)).toEqual(version(4));
    expect(await history.read(FILE, 3)).toEqual(version(3));
  });

  it('reports a damaged history, shows what it can, and still adds revisions after it', async () => {
    const folder = await library(version(0));
    const history = articleHistory(folder);
    for (let n = 1; n <= 3; n++) await history.record(FILE, version(n), { by: 'Ana', reason: 'stage', at: minutes(n) });
    const path = historyPathFor(join(folder, FILE));
    const lines = (await readFile(path, 'utf8')).split('\n');
    // The second revision's line damaged on disk: the third was a delta from it.
    lines[1] = lines[1]!.slice(0, 30) + 'garbage';
    await writeFile(path, lines.join('\n'));
    const listed = await history.list(FILE);
    expect(listed.revisions.map((r) => r.rev)).toEqual([1, 3]);
    expect(listed.problem).toMatch(/damaged.*1 damaged line was skipped; revision 2 missing/u);
    expect(await history.read(FILE, 1)).toEqual(version(1));
    await expect(history.read(FILE, 3)).rejects.toMatchObject({ code: 'UNREADABLE' });
    // The next revision is whole on its own: a keyframe, since the one before cannot be rebuilt.
    expect(await history.record(FILE, version(4), { by: 'Ana', reason: 'stage', at: minutes(4) })).toMatchObject({
      rev: 4,
    });
    expect(await history.read(FILE, 4)).toEqual(version(4));
  });

  it('keeps someone else’s bytes at the end of the file, and reads on after them', async () => {
    const folder = await library(version(0));
    const history = articleHistory(folder);
    const path = historyPathFor(join(folder, FILE));
    await writeFile(path, 'not a history at all');
    expect(await history.list(FILE)).toEqual({
      revisions: [],
      problem: `The history of "${FILE}" is damaged: 1 damaged line was skipped.`,
    });
    await history.record(FILE, version(1), { by: 'Ana', reason: 'stage', at: minutes(1) });
    expect((await readFile(path, 'utf8')).startsWith('not a history at all\n')).toBe(true);
    expect(await history.read(FILE, 1)).toEqual(version(1));
  });

  it('remembers per person the last revision they looked at', async () => {
    const folder = await library(version(0));
    const history = articleHistory(folder);
    for (let n = 1; n <= 3; n++) await history.record(FILE, version(n), { by: 'Ana', reason: 'stage', at: minutes(n) });
    expect(await history.lastSeen(FILE, 'Ben')).toBeNull();
    await history.markSeen(FILE, 'Ben', 2);
    await history.markSeen(FILE, 'Ana', 3);
    await appendFile(historyPathFor(join(folder, FILE)), '{"seen":"Ben","rev":3'); // cut short
    expect(await history.lastSeen(FILE, 'Ben')).toBe(2);
    expect(await history.lastSeen(FILE, 'Ana')).toBe(3);
    expect((await history.list(FILE)).revisions).toHaveLength(3);
    expect((await readdir(folder)).sort()).toEqual([`.${FILE}.history`, FILE]);
  });
});
