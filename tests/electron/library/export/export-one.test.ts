import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../../core/settings/settings';
import { defaultPagePath, exportOne, ninjsPathBeside } from '../../../../electron/library/export/export-one';
import { namesIn, tempFolder, writeStory } from './export-articles';

const settings = defaultSettings('UTC');

describe('export paths', () => {
  it.each([
    { file: '/news/storm.byline.json', page: '/news/storm.html', ninjs: '/news/storm.ninjs.json' },
    { file: '/news/storm.json', page: '/news/storm.html', ninjs: '/news/storm.ninjs.json' },
    { file: '/news/storm', page: '/news/storm.html', ninjs: '/news/storm.ninjs.json' },
    { file: '/news/.byline.json', page: '/news/.byline.html', ninjs: '/news/.byline.ninjs.json' },
  ])('$file → $page and $ninjs', ({ file, page, ninjs }) => {
    expect(defaultPagePath(file)).toBe(page);
    expect(ninjsPathBeside(defaultPagePath(file))).toBe(ninjs);
  });
});

describe('exportOne', () => {
  it('writes the page beside the article by default, and no ninjs file unless asked', async () => {
    const folder = tempFolder();
    const file = writeStory(folder, { slug: 'storm', headline: 'Storm closes harbour' });

    const written = await exportOne(file, { settings });

    expect(written).toEqual({ html: join(folder, 'storm.html'), ninjs: null });
    expect(readFileSync(written.html, 'utf8')).toMatch(/^<!doctype html>/i);
    expect(namesIn(folder)).toEqual(['storm.byline.json', 'storm.html']);
  });

  it('writes to -o with the ninjs file beside it', async () => {
    const file = writeStory(tempFolder(), { slug: 'storm', headline: 'Storm closes harbour' });
    const out = tempFolder();

    const written = await exportOne(file, { settings, out: join(out, 'page.html'), ninjs: true });

    expect(written).toEqual({ html: join(out, 'page.html'), ninjs: join(out, 'page.ninjs.json') });
    expect(JSON.parse(readFileSync(written.ninjs!, 'utf8'))).toMatchObject({ headlines: expect.anything() });
  });

  it('creates the folder -o names when it does not exist yet', async () => {
    const file = writeStory(tempFolder(), { slug: 'storm', headline: 'Storm closes harbour' });
    const out = join(tempFolder(), 'web', 'today');

    const written = await exportOne(file, { settings, out: join(out, 'storm.html') });

    expect(readFileSync(written.html, 'utf8')).toContain('Storm closes harbour');
    expect(namesIn(out)).toEqual(['storm.html']);
  });

  it('writes only the body as a fragment', async () => {
    const file = writeStory(tempFolder(), { slug: 'storm', headline: 'Storm closes harbour' });

    const written = await exportOne(file, { settings, fragment: true });

    const html = readFileSync(written.html, 'utf8');
    expect(html).toContain('What happens next');
    expect(html).not.toMatch(/<html|<head|<h1/);
  });

  it('refuses an unfit article and writes nothing', async () => {
    const folder = tempFolder();
    const file = join(folder, 'broken.byline.json');
    writeFileSync(file, '{"format": "byline.article", ');

    await expect(exportOne(file, { settings, ninjs: true })).rejects.toThrow(`${file}: The file is not complete JSON`);
    expect(namesIn(folder)).toEqual(['broken.byline.json']);
  });

  it('refuses to write over the article file itself', async () => {
    const file = writeStory(tempFolder(), { slug: 'storm', headline: 'Storm' });
    const before = readFileSync(file, 'utf8');

    await expect(exportOne(file, { settings, out: file })).rejects.toThrow('would overwrite the article file itself');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});
