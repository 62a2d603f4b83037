// Issue 10, item 6: two writers at once on one article file, each a separate process, round after
// round. Every write that reports success must be in the file afterwards, and no two may both
// succeed on the same version of it (one of them would silently undo the other).
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../core/article/article';
import { readArticle } from '../../../core/article/read';
import { serializeArticle } from '../../../core/article/serialize';
import { ArticleFileStore } from '../../../electron/library/article-store';
import { publishedArticle } from '../../core/stamps/articles';
import { racingPair, type CommandAnswer, type RacingPair } from './fixtures/racing-processes';

const ROUNDS = 50;

let race: RacingPair;
beforeAll(async () => {
  race = await racingPair([{ BYLINE_USER: 'Desk one' }, { BYLINE_USER: 'Desk two' }]);
}, 60_000);
afterAll(() => race?.stop());

async function articleIn(file: string): Promise<Article> {
  const read = readArticle(await readFile(file));
  if (!read.ok) throw new Error(read.problem.message);
  return read.article;
}

const stampUpdate = (file: string, note: string) => ['update', file, '--kind', 'update', '--note', note, '--tz', 'UTC'];

const printedUpdates = (answer: CommandAnswer) =>
  answer.ok ? (answer.printed as Pick<Article, 'updates'>).updates : [];

describe('two command-line stamps of one article at the same moment', () => {
  it(`${ROUNDS} rounds: every reported success is in the updates log, and no two succeeded on the same version`, async () => {
    const file = join(race.folder, 'stamped.byline.json');
    await writeFile(file, serializeArticle(publishedArticle()));
    const reported: string[] = [];
    const bases: number[] = [];
    const refusals: string[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const notes = [`first ${round}`, `second ${round}`];
      const answers = await Promise.all([
        race.first.run('stamp', stampUpdate(file, notes[0]!)),
        race.second.run('stamp', stampUpdate(file, notes[1]!)),
      ]);
      answers.forEach((answer, n) => {
        if (!answer.ok) return void refusals.push(answer.error);
        reported.push(notes[n]!);
        // The log it printed is the one it wrote: its length tells which version it stamped over.
        bases.push(printedUpdates(answer).length - 1);
      });
    }
    const landed = (await articleIn(file)).updates.map((update) => update.note);
    console.log(
      `concurrent stamps: ${ROUNDS} rounds, ${reported.length} reported success, ${landed.length} in the log, ${refusals.length} refused`,
    );
    expect(landed.filter((note) => reported.includes(note))).toHaveLength(reported.length);
    expect(landed).toHaveLength(reported.length);
    expect(new Set(bases).size).toBe(bases.length);
    // A refusal is honest, but two stamps a few milliseconds apart should simply take turns.
    expect(refusals).toEqual([]);
    // Nothing of the writers' own is left beside the article: no lock, no temp file; only its history.
    expect((await readdir(race.folder)).sort()).toEqual(['.stamped.byline.json.history', 'stamped.byline.json']);
  }, 240_000);
});

describe("the app's save and a command-line stamp in another process at the same moment", () => {
  it(`${ROUNDS} rounds: each save and each stamp that reported success is in the file`, async () => {
    const file = join(race.folder, 'saved-and-stamped.byline.json');
    // An id of its own: the first test's file is still in the folder, and two files carrying one
    // id would make one of them a read-only copy (duplicate-ids.ts), which is not this race.
    const start = { ...publishedArticle(), id: 'saved-and-stamped-0001' };
    await writeFile(file, serializeArticle(start));
    const store = new ArticleFileStore({
      folder: race.folder,
      clock: { now: () => new Date().toISOString() },
      trash: () => Promise.reject(new Error('no trash here')),
    });
    const counts = { saves: 0, stamps: 0, savesLanded: 0, stampsLanded: 0, refused: 0 };
    const refusals = new Set<string>();
    for (let round = 1; round <= ROUNDS; round++) {
      const opened = await store.open(start.id);
      const note = `stamp ${round}`;
      const [saved, stamped] = await Promise.all([
        store.save({ ...opened.article, internalNote: `save ${round}` }, opened.revision).then(
          () => true,
          (error: { code?: string }) => (refusals.add(String(error.code)), false),
        ),
        race.second.run('stamp', stampUpdate(file, note)),
      ]);
      const onDisk = await articleIn(file);
      if (saved) counts.saves++;
      if (stamped.ok) counts.stamps++;
      if (!saved) counts.refused++;
      if (saved && onDisk.internalNote === `save ${round}`) counts.savesLanded++;
      if (stamped.ok && onDisk.updates.some((update) => update.note === note)) counts.stampsLanded++;
    }
    console.log(
      `save vs stamp: ${ROUNDS} rounds, ${counts.saves} saves reported / ${counts.savesLanded} landed, ${counts.stamps} stamps reported / ${counts.stampsLanded} landed, ${counts.refused} saves refused as changed on disk`,
    );
    expect(counts.savesLanded).toBe(counts.saves);
    expect(counts.stampsLanded).toBe(counts.stamps);
    // A save that lost the race is told the file changed, so the editor offers reload, keep or copy.
    expect([...refusals].filter((code) => code !== 'CONFLICT')).toEqual([]);
    expect(counts.stamps).toBe(ROUNDS);
  }, 240_000);
});
