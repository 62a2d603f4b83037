// RELIABILITY.md item 1: a process killed at any moment of a save leaves the previous version or
// the new one on disk, complete, never an empty or half-written file.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledChild } from './fixtures/bundle-child';
import { versionBytes, versionIn } from './fixtures/versions';

const CHILD_SOURCE = fileURLToPath(new URL('./fixtures/save-loop.ts', import.meta.url));
const KILLS = 200;
// Two children at a time, one file each: kills and restarts overlap on the machine's two cores.
const LANES = 2;
const VERSIONS_PER_RUN = 1_000_000;

const folders: string[] = [];
afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

let child = '';
beforeAll(async () => {
  child = await bundledChild(CHILD_SOURCE, folders);
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts a saving child, waits until it says it is looping, waits a random moment, kills it. */
async function killMidSave(target: string, firstVersion: number): Promise<void> {
  const saver = spawn(process.execPath, [child, target, String(firstVersion)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = once(saver, 'exit');
  await new Promise<void>((resolve, reject) => {
    saver.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('looping')) resolve();
    });
    saver.on('exit', (code) => reject(new Error(`the saving child exited early (${code})`)));
  });
  await pause(Math.random() * 30);
  saver.kill('SIGKILL');
  const [code, signal] = (await exited) as [number | null, string | null];
  expect({ code, signal }).toEqual({ code: null, signal: 'SIGKILL' });
}

async function lane(folder: string, lane: number, kills: number): Promise<{ versions: Set<number> }> {
  const target = join(folder, `lane-${lane}.json`);
  await writeFile(target, versionBytes(0));
  const versions = new Set<number>();
  let previous = 0;
  for (let kill = 1; kill <= kills; kill++) {
    const first = kill * VERSIONS_PER_RUN;
    await killMidSave(target, first);
    const n = versionIn(await readFile(target));
    // The file holds the last version before this run or one this run wrote completely.
    expect(n === previous || (n >= first && n < first + VERSIONS_PER_RUN)).toBe(true);
    versions.add(n);
    previous = n;
  }
  return { versions };
}

describe('a save killed at a random moment', () => {
  it('leaves exactly one complete version on disk after every one of 200 kills', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'byline-kill-'));
    folders.push(folder);
    const started = Date.now();
    const results = await Promise.all(
      Array.from({ length: LANES }, (_, i) => lane(folder, i, Math.ceil(KILLS / LANES))),
    );
    const kills = Math.ceil(KILLS / LANES) * LANES;
    const leftovers = (await readdir(folder)).filter((name) => name.endsWith('.tmp')).length;
    const distinct = results.reduce((sum, { versions }) => sum + versions.size, 0);
    console.log(
      `kill-during-save: ${kills} kills in ${((Date.now() - started) / 1000).toFixed(1)} s, ${distinct} distinct versions found, ${leftovers} temp files left by kills mid-write`,
    );
    expect(kills).toBeGreaterThanOrEqual(KILLS);
    // Kills landed at different points of the loop, not always before the first write.
    expect(distinct).toBeGreaterThan(LANES * 10);
  }, 150_000);
});
