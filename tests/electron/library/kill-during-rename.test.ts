// Issue 10, item 10 (D1 c), with real kills: a process saving an article under a new title again
// and again is SIGKILLed at a random moment. A kill between placing the new name and removing the
// old one leaves two files carrying one id. Whatever the kill left, the library must treat the
// file holding the newest text as the article (listed, opened editable, restored into) and the
// other as its older copy; before, the file whose name sorted first won, half the time the older.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledChild } from './fixtures/bundle-child';
import { serializeArticle } from '../../../core/article/serialize';
import { openLibrary } from '../../../electron/services/open-library';
import { article } from './fixtures/library';

const CHILD_SOURCE = fileURLToPath(new URL('./fixtures/rename-loop.ts', import.meta.url));
/** Kills that left two files, wanted before the test is satisfied; and the most kills it tries. */
const WANTED_PAIRS = 12;
const MAX_KILLS = 120;

const folders: string[] = [];
afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

let child = '';
beforeAll(async () => {
  child = await bundledChild(CHILD_SOURCE, folders);
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function killMidRename(folder: string): Promise<void> {
  const saver = spawn(process.execPath, [child, folder], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = once(saver, 'exit');
  await new Promise<void>((resolve, reject) => {
    saver.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('looping')) resolve();
    });
    saver.on('exit', (code) => reject(new Error(`the saving child exited early (${code})`)));
  });
  await pause(20 + Math.random() * 200);
  saver.kill('SIGKILL');
  await exited;
}

const versionOf = (deck: unknown) => (deck === 'first' ? 0 : Number(String(deck).replace('version ', '')));

describe('a retitle killed between its two steps', () => {
  it('leaves the newest text as the article: listed, opened editable and restored into, the older file its copy', async () => {
    const root = await mkdtemp(join(tmpdir(), 'byline-kill-rename-'));
    folders.push(root);
    let pairs = 0;
    let kills = 0;
    while (pairs < WANTED_PAIRS && kills < MAX_KILLS) {
      const folder = join(root, `round-${++kills}`);
      await mkdir(folder);
      await writeFile(
        join(folder, 'alpha.byline.json'),
        serializeArticle(
          article({ slug: 'alpha', headline: 'alpha', deck: 'first', savedAt: new Date().toISOString() }),
        ),
      );
      await killMidRename(folder);
      const files = (await readdir(folder)).filter((name) => !name.startsWith('.')).sort();
      if (files.length < 2) continue;
      pairs++;
      expect(files).toEqual(['alpha.byline.json', 'zeta.byline.json']);
      const decks = new Map<string, number>();
      for (const file of files) decks.set(file, versionOf(JSON.parse(await readFile(join(folder, file), 'utf8')).deck));
      const [newest, older] = [...decks].sort((a, b) => b[1] - a[1]).map(([file]) => file) as [string, string];

      const library = await openLibrary({
        folder,
        userData: join(root, `user-data-${kills}`),
        clock: { now: () => new Date().toISOString() },
        trash: (path) => rm(path),
      });
      try {
        const entries = await library.index.list();
        const entryOf = (file: string) => entries.find((entry) => entry.file === file);
        expect(entryOf(newest), `round ${kills}: ${JSON.stringify([...decks])}`).toMatchObject({
          id: 'article-0001',
          readOnly: null,
        });
        expect(entryOf(older)).toMatchObject({
          readOnly: { message: expect.stringContaining(`"${newest}", which was saved more recently`) },
        });

        // Crash recovery: the article is opened and the backed-up edit (headed as the newest
        // text is) is autosaved; it lands in the newest file, under its own name.
        const opened = await library.store.open('article-0001');
        expect({ file: opened.file, readOnly: opened.readOnly }).toEqual({ file: newest, readOnly: null });
        const restored = await library.store.save({ ...opened.article, deck: 'restored' }, opened.revision);
        expect(restored.file).toBe(newest);
        expect((await readdir(folder)).filter((name) => !name.startsWith('.')).sort()).toEqual(files);
      } finally {
        await library.close();
      }
    }
    console.log(`kill-during-rename: ${kills} kills, ${pairs} left two files carrying one id`);
    expect(pairs).toBe(WANTED_PAIRS);
  }, 240_000);
});
