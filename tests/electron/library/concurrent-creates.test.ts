// Issue 10, item 7: two processes creating an article under the same name at the same moment,
// round after round. Each must get a file of its own: a create never replaces an existing file.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { racingPair, type CommandAnswer, type RacingPair } from './fixtures/racing-processes';

const ROUNDS = 50;

let pair: RacingPair;
beforeAll(async () => {
  pair = await racingPair();
}, 60_000);
afterAll(() => pair?.stop());

interface Created {
  id: string;
  path: string;
}

/** Runs `args` in both processes at once, `ROUNDS` times; returns every created file each reported. */
async function race(command: 'new' | 'import', args: string[]): Promise<{ created: Created[]; errors: string[] }> {
  const created: Created[] = [];
  const errors: string[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const answers: CommandAnswer[] = await Promise.all([pair.first.run(command, args), pair.second.run(command, args)]);
    for (const answer of answers) {
      if (answer.ok) created.push(answer.printed as Created);
      else errors.push(answer.error);
    }
  }
  return { created, errors };
}

/** The files the folder holds, and the id in each. */
async function onDisk(folder: string): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  // Hidden files are the articles' histories (history/history-store.ts), not articles.
  for (const name of (await readdir(folder)).filter((name) => !name.startsWith('.')))
    ids.set(name, (JSON.parse(await readFile(join(folder, name), 'utf8')) as { id: string }).id);
  return ids;
}

async function expectAllKept(
  folder: string,
  { created, errors }: { created: Created[]; errors: string[] },
  what: string,
): Promise<void> {
  const files = await onDisk(folder);
  const paths = new Set(created.map((entry) => entry.path));
  console.log(
    `${what}: ${ROUNDS} rounds, ${created.length} reported created, ${paths.size} distinct paths, ${files.size} files on disk`,
  );
  expect(errors).toEqual([]);
  expect(created).toHaveLength(2 * ROUNDS);
  expect(paths.size).toBe(created.length);
  for (const entry of created) expect(files.get(basename(entry.path))).toBe(entry.id);
  expect(files.size).toBe(created.length);
}

describe('two processes creating at the same moment', () => {
  it(`byline new with one headline, ${ROUNDS} rounds: two distinct files every time, none lost`, async () => {
    const folder = join(pair.folder, 'new');
    await mkdir(folder);
    await expectAllKept(folder, await race('new', [folder, '--headline', 'Same headline']), 'concurrent new');
  }, 240_000);

  it(`byline import of one file, ${ROUNDS} rounds: two distinct files every time, none lost`, async () => {
    const folder = join(pair.folder, 'import');
    await mkdir(folder);
    const page = join(pair.folder, 'story.txt');
    await writeFile(
      page,
      'Floods close the valley road\n\nRain fell all night on the valley.\n\n"We will reopen it tomorrow," said Jane Doe, the mayor.\n',
    );
    await expectAllKept(folder, await race('import', [page, '--into', folder, '--tz', 'UTC']), 'concurrent import');
  }, 240_000);
});
