import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../core/article/read';
import { bodySchema } from '../../../core/body/schema';
import { markedQuotes } from '../../../core/attribution/marked-quotes';
import { blockTexts, SEED } from '../../core/import/fixtures';
import { councilStory, writeDocx } from '../../electron/library/import/docx-fixtures';
import { runByline } from '../fixtures/run-byline';

const folder = () => mkdtempSync(join(tmpdir(), 'byline-import-cli-'));

function writtenArticle(path: string) {
  const read = readArticle(readFileSync(path));
  if (!read.ok) throw new Error(read.problem.message);
  return read.article;
}

describe('byline import', () => {
  it('imports the seed into FOLDER and prints {"id","path"}; the file holds the fields, the story, and its five quotations left for the reporter to confirm', async () => {
    const into = folder();

    const { code, stdout, stderr } = await runByline([
      'import',
      resolve(`${SEED}.txt`),
      '--into',
      into,
      '--tz',
      'Asia/Kabul',
    ]);

    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const printed = JSON.parse(stdout) as { id: string; path: string };
    expect(Object.keys(printed)).toEqual(['id', 'path']);
    expect(printed.path).toBe(join(into, 'we-will-only-leave-when-the-time-is-right-stoltenberg.byline.json'));
    const article = writtenArticle(printed.path);
    expect(article).toMatchObject({
      id: printed.id,
      headline: 'We will only leave when the time is right: Stoltenberg',
      section: 'Latest News',
      bylines: [],
      dateline: null,
      publishedAt: null,
      updatedAt: null,
      pageDates: { updated: { date: '2021-02-18', settled: null } },
    });
    const paragraphs = blockTexts(article.body);
    expect(paragraphs[0]).toMatch(/^NATO Secretary General Jens Stoltenberg said on Wednesday night/);
    expect(paragraphs.at(-1)).toMatch(/Stoltenberg said\.$/);
    expect(paragraphs.join('\n')).not.toMatch(/Trending|Exit mobile version/);
    // No suggestion was measured reliable enough to settle without the reporter (core/quotes/calibration.ts).
    expect(article.sources).toEqual([]);
    expect(markedQuotes(bodySchema().nodeFromJSON(article.body))).toEqual([]);
    expect(article.internalNote).toContain('5 quotations have suggested speakers to confirm in the Quotes tab.');
  });

  it('writes into the current folder by default, and never over an article already there', async () => {
    const here = folder();
    const docx = await writeDocx('council.docx', councilStory());

    const first = JSON.parse((await runByline(['import', docx, '--tz=UTC'], { cwd: here })).stdout) as { path: string };
    const second = JSON.parse((await runByline(['import', docx, '--tz=UTC'], { cwd: here })).stdout) as {
      path: string;
    };

    expect(first.path).toBe(join(here, 'council-approves-flood-budget.byline.json'));
    expect(second.path).toBe(join(here, 'council-approves-flood-budget-2.byline.json'));
    expect(writtenArticle(second.path)).toMatchObject({
      headline: 'Council approves flood budget',
      deck: 'Money for levees after a wet winter',
    });
  });

  it.each([
    [
      'a missing file',
      (dir: string) => ['import', join(dir, 'gone.txt')],
      /"gone\.txt" cannot be imported: there is no such file\./,
    ],
    [
      'an unreadable .docx',
      (dir: string) => ['import', writeBroken(dir)],
      /"broken\.docx" cannot be imported: it is not a Word document/,
    ],
  ])('refuses %s: one line on stderr, exit code 1, nothing written', async (_name, args, message) => {
    const source = folder();
    const into = folder();

    const { code, stdout, stderr } = await runByline([...args(source), '--into', into]);

    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(readdirSync(into)).toEqual([]);
  });
});

function writeBroken(dir: string): string {
  const path = join(dir, 'broken.docx');
  writeFileSync(path, 'not a zip archive');
  return path;
}
