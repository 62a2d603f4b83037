import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newArticle } from '../../../../core/article/article';
import { readArticle } from '../../../../core/article/read';
import { saveImportedArticle } from '../../../../electron/library/import/save-imported';
import { failingFileSystem } from '../fixtures/failing-fs';

const article = (slug: string) => newArticle({ id: 'imported-1', slug, headline: 'Floods hit Kabul', now: '2021-02-17T08:00:00+04:30' });
const library = () => mkdtempSync(join(tmpdir(), 'byline-save-import-'));

describe('saving an imported article', () => {
  it('writes a new article file named by its slug, readable by the library', async () => {
    const folder = library();

    const saved = await saveImportedArticle(folder, article('floods-hit-kabul'));

    expect(saved.path).toBe(join(folder, 'floods-hit-kabul.byline.json'));
    const read = readArticle(readFileSync(saved.path));
    expect(read.ok && read.article).toEqual(saved.article);
    expect(readdirSync(folder)).toEqual(['floods-hit-kabul.byline.json']);
  });

  it('never overwrites another article: the slug takes the next free number, whatever the case of the names', async () => {
    const folder = library();
    writeFileSync(join(folder, 'floods-hit-kabul.byline.json'), 'an article already here');
    writeFileSync(join(folder, 'Floods-Hit-Kabul-2.byline.json'), 'another one');

    const saved = await saveImportedArticle(folder, article('floods-hit-kabul'));

    expect(saved.article.slug).toBe('floods-hit-kabul-3');
    expect(readFileSync(join(folder, 'floods-hit-kabul.byline.json'), 'utf8')).toBe('an article already here');
  });

  it('leaves the folder as it was when the disk is full', async () => {
    const folder = library();

    await expect(saveImportedArticle(folder, article('floods-hit-kabul'), failingFileSystem({ write: 'ENOSPC' }))).rejects.toThrow(/disk is full \(ENOSPC\)/);

    expect(readdirSync(folder)).toEqual([]);
  });
});
