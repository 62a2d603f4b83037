import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../core/article/article';
import { newSource } from '../../../core/article/source';
import { serializeArticle } from '../../../core/article/serialize';
import { doc, p } from '../../builders/body';
import { approvedArticle } from '../fixtures/article-files';
import { byline, runByline } from '../fixtures/run-byline';

/** Writes the article as Byline would into a fresh folder; returns the file's path. */
function articleFile(article: Article, name = 'story.byline.json'): string {
  const file = join(mkdtempSync(join(tmpdir(), 'byline-check-')), name);
  writeFileSync(file, serializeArticle(article));
  return file;
}

describe('byline check', () => {
  it('prints an empty list and exits 0 for a story with nothing wrong', async () => {
    const { code, stdout, stderr } = await byline('check', articleFile(approvedArticle()));
    expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: '[]\n', stderr: '' });
  });

  it('prints warnings as {"code","severity","message"} and still exits 0', async () => {
    const { code, stdout } = await byline(
      'check',
      articleFile(approvedArticle({ sources: [newSource('s1', 'Jens Stoltenberg')] })),
    );
    expect(code).toBe(0);
    const printed = JSON.parse(stdout) as Record<string, unknown>[];
    expect(printed).toEqual([
      { code: 'unverified-source', severity: 'warning', message: 'The source Jens Stoltenberg is not verified.' },
    ]);
    expect(Object.keys(printed[0]!)).toEqual(['code', 'severity', 'message']);
  });

  it('exits 1 when a problem blocks publication, listing every problem', async () => {
    const body = doc(p('“We will only leave when the job is done,” Jens Stoltenberg said.'));
    const { code, stdout } = await byline('check', articleFile(approvedArticle({ dateline: null, body, sources: [] })));
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual([
      { code: 'missing-dateline', severity: 'blocking', message: 'The article has no dateline.' },
      {
        code: 'unattributed-quote',
        severity: 'blocking',
        message:
          'The quotation “We will only leave when the…” has no source. Perhaps Jens Stoltenberg? (named in the cue: “Jens Stoltenberg”)',
      },
    ]);
  });

  it('gives the times in its messages on the newsroom clock --tz names, as the app does', async () => {
    const file = articleFile(approvedArticle({ embargoUntil: '2099-01-15T12:00:00Z' }));
    const message = async (...zone: string[]) =>
      (JSON.parse((await byline('check', file, ...zone)).stdout) as { code: string; message: string }[]).find(
        (problem) => problem.code === 'embargo-in-future',
      )?.message;
    expect(await message('--tz', 'Europe/Berlin')).toMatch(/Jan\. 15, 2099, 1 p\.m\. GMT\+1\./);
    expect(await message('--tz', 'Asia/Kabul')).toMatch(/Jan\. 15, 2099, 4:30 p\.m\. GMT\+4:30\./);
  });

  it('runs as `npm run -s byline -- check FILE`', async () => {
    const { code, json } = await runByline(['check', articleFile(approvedArticle({ headline: '' }))], { viaNpm: true });
    expect(code).toBe(1);
    expect(json).toEqual([{ code: 'missing-headline', severity: 'blocking', message: 'The article has no headline.' }]);
  });

  it.each([
    {
      name: 'a file cut off while saving',
      content: '{"format": "byline.article", "version": 1, "id": "art',
      reason: /not an article Byline can read: The file is not complete JSON/,
    },
    { name: 'a JSON file that is not an article', content: '{"hello": "world"}', reason: /not a Byline article/ },
    { name: 'an empty file', content: '', reason: /The file is empty/ },
  ])('refuses $name with one line on stderr and exit 1', async ({ content, reason }) => {
    const file = join(mkdtempSync(join(tmpdir(), 'byline-check-')), 'bad.byline.json');
    writeFileSync(file, content);
    const { code, stdout, stderr } = await byline('check', file);
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr).toMatch(reason);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses a file that is not there with exit 1', async () => {
    const { code, stderr } = await byline('check', join(tmpdir(), 'no-such-dir-byline', 'gone.byline.json'));
    expect(code).toBe(1);
    expect(stderr).toMatch(/cannot read .*gone\.byline\.json: there is no such file/);
  });
});
