import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { libraryArticleFiles } from '../../../../electron/library/export/library-articles';
import { tempFolder } from './export-articles';

describe('libraryArticleFiles', () => {
  it('lists the article files of the folder in name order, nothing else and nothing below', async () => {
    const folder = tempFolder();
    for (const name of ['b.byline.json', 'a.byline.json', 'notes.txt', '.hidden.byline.json', '.byline.json', 'a.html'])
      writeFileSync(join(folder, name), '{}');
    mkdirSync(join(folder, 'sub'));
    writeFileSync(join(folder, 'sub', 'c.byline.json'), '{}');

    expect(await libraryArticleFiles(folder)).toEqual([join(folder, 'a.byline.json'), join(folder, 'b.byline.json')]);
  });

  it('says which folder it could not list', async () => {
    const folder = join(tempFolder(), 'missing');

    await expect(libraryArticleFiles(folder)).rejects.toThrow(`Could not list the library folder ${folder}`);
  });
});
