// The import worker: a file is read off the main thread into the file of the same article as
// reading it in place, and a file that needs more memory or time than an import may have is refused in one
// sentence rather than taking the app down (the limits are made small here so a small file
// reaches them).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../../core/article/article';
import { importFile } from '../../../../electron/library/import/import-file';
import { importInWorker } from '../../../../electron/library/import/run-import';
import { seedText } from '../../../core/import/fixtures';

function file(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'byline-run-import-')), name);
  writeFileSync(path, content);
  return path;
}

/** The article in the bytes the worker handed back. */
const articleIn = (bytes: Uint8Array) => JSON.parse(new TextDecoder().decode(bytes)) as Article;

/** A long story: 20,000 short paragraphs, each an attributed quotation. */
const longStory = () => `Mayor promises action\n\n${'"We will act," said Jane Doe, the mayor.\n\n'.repeat(20_000)}`;

describe('importing in the import worker', () => {
  it('reads a file into the file of the same article as reading it in place', async () => {
    const seed = file('seed.txt', seedText());

    const made = await importInWorker(seed, { timeZone: 'Asia/Kabul' });
    const inWorker = articleIn(made.bytes);
    const inPlace = await importFile(seed, { timeZone: 'Asia/Kabul' });

    expect(made).toMatchObject({
      id: inWorker.id,
      slug: inWorker.slug,
      headline: 'We will only leave when the time is right: Stoltenberg',
    });
    const sameParts = (article: typeof inPlace) => ({
      ...article,
      id: '',
      createdAt: '',
      savedAt: '',
      sources: article.sources.map((source) => source.name),
      body: JSON.stringify(article.body).replace(/"(quoteId|sourceId)":"[^"]+"/g, ''),
    });
    expect(sameParts(inWorker)).toEqual(sameParts(inPlace));
  });

  it('passes a reader’s refusal on as it is, about the file', async () => {
    const page = file('deep.html', `<html><body>${'<div>'.repeat(1000)}The story.</body></html>`);

    await expect(importInWorker(page, { timeZone: 'UTC' })).rejects.toThrow(
      /^"deep\.html" cannot be imported: its elements are nested more than 200 levels deep; Byline reads no page nested deeper\.$/,
    );
  });

  it('refuses in one sentence a file that needs more memory than an import may use', async () => {
    const story = file('long.txt', longStory());

    await expect(importInWorker(story, { timeZone: 'UTC', heapMb: 48 })).rejects.toThrow(
      /^"long\.txt" cannot be imported: reading it needs more than 48 MB of memory, the most an import may use\.$/,
    );
  });

  it('refuses in one sentence a file that takes longer than an import may', async () => {
    const story = file('long.txt', longStory());

    await expect(importInWorker(story, { timeZone: 'UTC', deadlineMs: 300 })).rejects.toThrow(
      /^"long\.txt" cannot be imported: reading it took longer than 0\.3 seconds, the most an import may take\.$/,
    );
  });

  it('still imports after a refusal: each import has a worker of its own', async () => {
    await expect(importInWorker(file('long.txt', longStory()), { timeZone: 'UTC', heapMb: 48 })).rejects.toThrow(
      /memory/,
    );

    const made = await importInWorker(file('seed.txt', seedText()), { timeZone: 'UTC' });

    expect(articleIn(made.bytes)).toMatchObject({
      headline: 'We will only leave when the time is right: Stoltenberg',
      internalNote: expect.stringContaining('5 quotations have suggested speakers to confirm'),
    });
  });
});
