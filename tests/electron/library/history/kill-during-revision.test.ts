// The kill test for the history: a writer killed at any moment of a save (the article's
// atomic write, then the revision appended to its history) leaves the article readable and its
// history readable, with every revision it reported saved, and at most the one in flight missing.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleFileStore } from '../../../../electron/library/article-store';
import { articleHistory } from '../../../../electron/library/history/history-store';
import { bundledChild } from '../fixtures/bundle-child';

const CHILD_SOURCE = fileURLToPath(new URL('./fixtures/revision-loop.ts', import.meta.url));
const KILLS = 100;
// Two children at a time, one article each: kills and restarts overlap on the machine's two cores.
const LANES = 2;
const VERSIONS_PER_RUN = 1_000_000;

const folders: string[] = [];
afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

let child = '';
beforeAll(async () => {
  child = await bundledChild(CHILD_SOURCE, folders);
}, 60_000);

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts a saving child, waits for its first save (starting takes longer than a save, so a kill
 * timed from the start would land before the first), waits a random moment, kills it; returns
 * the last version it reported saved.
 */
async function killMidSave(folder: string, id: string, firstVersion: number): Promise<number> {
  const saver = spawn(process.execPath, [child, folder, id, String(firstVersion)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // 'close', not 'exit': every line the child wrote before it died is read by then.
  const exited = once(saver, 'close');
  let output = '';
  await new Promise<void>((resolve, reject) => {
    saver.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('saved ')) resolve();
    });
    saver.on('exit', (code) => reject(new Error(`the saving child exited early (${code})`)));
  });
  await pause(Math.random() * 20);
  saver.kill('SIGKILL');
  const [code, signal] = (await exited) as [number | null, string | null];
  expect({ code, signal }).toEqual({ code: null, signal: 'SIGKILL' });
  const reported = [...output.matchAll(/^saved (\d+)$/gmu)].map((match) => Number(match[1]));
  expect(reported.length).toBeGreaterThan(0);
  return reported[reported.length - 1]!;
}

const versionOf = (headline: string) => Number(/^Version (\d+)$/u.exec(headline)?.[1] ?? 'NaN');

async function lane(folder: string, kills: number): Promise<{ lostInFlight: number; torn: number; revisions: number }> {
  const store = new ArticleFileStore({
    folder,
    clock: { now: () => new Date().toISOString() },
    trash: () => Promise.reject(new Error('nothing is trashed here')),
  });
  const created = await store.create({ headline: 'Version 0' }, { by: 'Kill test' });
  const history = articleHistory(folder);
  let confirmed = { rev: 1, version: 0 };
  let lostInFlight = 0;
  let torn = 0;
  for (let kill = 1; kill <= kills; kill++) {
    const first = kill * VERSIONS_PER_RUN;
    const reported = await killMidSave(folder, created.article.id, first);
    // The article opens, holding the last version reported or the one in flight.
    const article = (await store.open(created.article.id)).article;
    const onDisk = versionOf(article.headline);
    expect([reported, reported + 1]).toContain(onDisk);
    // The history reads whole: every revision numbered in turn, each one readable.
    if (!(await readFile(join(folder, `.${created.file}.history`), 'utf8')).endsWith('\n')) torn++;
    const { revisions, problem } = await history.list(created.file);
    expect(problem).toBeNull();
    expect(revisions.map((r) => r.rev)).toEqual(revisions.map((_, i) => i + 1));
    const last = revisions[revisions.length - 1]!;
    const inHistory = versionOf((await history.read(created.file, last.rev)).headline);
    // Every save reported is there; only the one in flight may be missing, from the history alone.
    const expectedRevs = confirmed.rev + reported - first + 1;
    expect([expectedRevs, expectedRevs + 1]).toContain(last.rev);
    expect(inHistory).toBe(last.rev === expectedRevs ? reported : onDisk);
    if (onDisk !== inHistory) lostInFlight++;
    if (last.rev > confirmed.rev)
      expect(versionOf((await history.read(created.file, confirmed.rev)).headline)).toBe(confirmed.version);
    confirmed = { rev: last.rev, version: inHistory };
  }
  return { lostInFlight, torn, revisions: confirmed.rev };
}

describe('a revision killed at a random moment of its save', () => {
  it(`leaves the article and its history readable after each of ${KILLS} kills, losing at most the revision in flight`, async () => {
    const started = Date.now();
    const results = await Promise.all(
      Array.from({ length: LANES }, async () => {
        const folder = await mkdtemp(join(tmpdir(), 'byline-kill-history-'));
        folders.push(folder);
        const result = await lane(folder, Math.ceil(KILLS / LANES));
        // No temp file of an article write is left where a later save cleaned up.
        expect((await readdir(folder)).filter((name) => name.endsWith('.history'))).toHaveLength(1);
        return result;
      }),
    );
    const revisions = results.reduce((sum, r) => sum + r.revisions, 0);
    const lost = results.reduce((sum, r) => sum + r.lostInFlight, 0);
    const torn = results.reduce((sum, r) => sum + r.torn, 0);
    console.log(
      `kill-during-revision: ${KILLS} kills in ${((Date.now() - started) / 1000).toFixed(1)} s, ${revisions} revisions kept, ${lost} kills landed after the article's write and before its revision was whole, ${torn} of them cut an append short`,
    );
    // Kills landed while saves were running, not all before the first one.
    expect(revisions).toBeGreaterThan(KILLS);
  }, 300_000);
});
