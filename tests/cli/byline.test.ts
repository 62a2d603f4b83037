import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleJson, writeArticle } from '../electron/library/index/library-files';
import { byline, startByline } from './fixtures/run-byline';

const library = () => mkdtempSync(join(tmpdir(), 'byline-cli-'));

describe('byline new', () => {
  it('creates an article file and prints its id and absolute path', async () => {
    const folder = library();

    const { code, stdout } = await byline('new', folder, '--headline', 'Council votes on the budget');

    expect(code).toBe(0);
    const printed = JSON.parse(stdout) as { id: string; path: string };
    expect(printed.path).toBe(join(folder, 'council-votes-on-the-budget.byline.json'));
    const saved = JSON.parse(readFileSync(printed.path, 'utf8')) as { id: string; headline: string };
    expect(saved).toMatchObject({ id: printed.id, headline: 'Council votes on the budget' });
  });
});

describe('byline list', () => {
  it('prints every article file, an unreadable one with its reason', async () => {
    const folder = library();
    writeArticle(folder, {
      id: 'storm-story',
      headline: 'Storm closes harbour',
      paragraphs: ['Ferries stayed in port all day.'],
      savedAt: '2025-02-01T08:00:00.000Z',
    });
    writeFileSync(
      join(folder, 'broken.byline.json'),
      articleJson({ id: 'broken-story', headline: 'Broken' }).slice(0, 50),
    );

    const { code, stdout } = await byline('list', folder);

    expect(code).toBe(0);
    const listed = JSON.parse(stdout) as unknown[];
    expect(listed).toEqual([
      {
        id: 'storm-story',
        path: join(folder, 'storm-story.byline.json'),
        headline: 'Storm closes harbour',
        status: 'draft',
        savedAt: '2025-02-01T08:00:00.000Z',
        words: 6,
      },
      {
        path: join(folder, 'broken.byline.json'),
        error: { code: 'NOT_JSON', message: expect.stringContaining('not complete JSON') },
      },
    ]);
  });

  it('refuses a body the editor cannot hold, even though the rest of the file is fine', async () => {
    const folder = library();
    writeFileSync(
      join(folder, 'odd.byline.json'),
      articleJson({ id: 'odd-story', headline: 'Odd', paragraphs: ['x'] }).replace(
        '"type": "paragraph"',
        '"type": "videoEmbed"',
      ),
    );

    const { json: listed } = await byline<{ error?: { code: string } }[]>('list', folder);

    expect(listed?.map((entry) => entry.error?.code)).toEqual(['INVALID']);
  });
});

describe('byline search', () => {
  it('prints matching articles best first, by headline, body words and prefixes', async () => {
    const folder = library();
    writeArticle(folder, {
      id: 'harbour-head',
      headline: 'Harbour reopens after the storm',
      paragraphs: ['Boats returned.'],
    });
    writeArticle(folder, {
      id: 'harbour-body',
      headline: 'Council meeting',
      paragraphs: ['The harbour master spoke last.'],
    });
    writeArticle(folder, {
      id: 'unrelated-story',
      headline: 'School budget',
      paragraphs: ['Teachers asked for more.'],
    });

    const exact = await byline('search', folder, 'harbour');
    const prefix = await byline('search', folder, 'harb');

    expect(exact.code).toBe(0);
    const hits = JSON.parse(exact.stdout) as { id: string; path: string; headline: string; score: number }[];
    expect(hits.map((hit) => hit.id)).toEqual(['harbour-head', 'harbour-body']);
    expect(hits[0]).toMatchObject({
      path: join(folder, 'harbour-head.byline.json'),
      headline: 'Harbour reopens after the storm',
    });
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
    expect((prefix.json as { id: string }[]).map((hit) => hit.id)).toEqual(['harbour-head', 'harbour-body']);
  });
});

describe('a reader that stops early', () => {
  it('`byline quotes F | head -c 20` ends quietly, with no EPIPE stack trace', async () => {
    const folder = library();
    const file = join(folder, 'quotes.txt');
    // Far more output than a pipe holds, so the command is still writing when the reader leaves.
    writeFileSync(
      file,
      Array.from({ length: 3000 }, () => '"We will act on the budget this year," said Jane Doe, the mayor.').join(
        '\n\n',
      ),
    );

    const child = startByline(['quotes', file]);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    let head = '';
    child.stdout.once('data', (chunk: Buffer) => {
      head = chunk.toString().slice(0, 20);
      child.stdout.destroy();
    });
    const code = await new Promise<number | null>((done) => child.on('close', done));

    expect(head).toBe('[{"text":"We will ac');
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
