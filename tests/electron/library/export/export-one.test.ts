import { linkSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
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

    await expect(exportOne(file, { settings, out: file })).rejects.toThrow(
      'An export is never written as a Byline article file',
    );
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('names the file when its body cannot be exported', async () => {
    const folder = tempFolder();
    const file = writeStory(folder, {
      slug: 'odd',
      headline: 'Odd',
      fields: { body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'paragraph' }] }] } },
    });

    await expect(exportOne(file, { settings })).rejects.toThrow(
      `${file}: The body holds content this version cannot export without losing it`,
    );
    expect(namesIn(folder)).toEqual(['odd.byline.json']);
  });

  it('refuses a link whose address is an object, naming the file and the attribute, where it used to fail with "Cannot convert object to primitive value"', async () => {
    const folder = tempFolder();
    const linked = { type: 'text', text: 'the plan', marks: [{ type: 'link', attrs: { href: { toString: null } } }] };
    const file = writeStory(folder, {
      slug: 'plan',
      headline: 'Plan',
      fields: { body: { type: 'doc', content: [{ type: 'paragraph', content: [linked] }] } },
    });

    await expect(exportOne(file, { settings })).rejects.toThrow(
      `${file}: The body does not fit the article format: a link's address (href) must be text, not an object.`,
    );
    expect(namesIn(folder)).toEqual(['plan.byline.json']);
  });

  it('refuses a newer file whose unknown content it shows only as placeholders, naming the file, and writes nothing', async () => {
    const folder = tempFolder();
    const factBox = {
      type: 'factBox',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Population: 4.2 million' }] }],
    };
    const file = writeStory(folder, {
      slug: 'census',
      headline: 'Census',
      fields: { version: 2, body: { type: 'doc', content: [factBox] } },
    });

    await expect(exportOne(file, { settings, ninjs: true })).rejects.toThrow(
      `${file}: The article holds content from a newer version of Byline (fact box) that this version shows only as a placeholder`,
    );
    expect(namesIn(folder)).toEqual(['census.byline.json']);
  });
});

describe('exportOne never writes over an article', () => {
  /** The library folder `real` and a symbolic link `alias` to it, as in the report. */
  function linkedLibrary() {
    const root = tempFolder();
    const real = join(root, 'real');
    mkdirSync(real);
    symlinkSync(real, join(root, 'alias'));
    const file = writeStory(real, { slug: 'storm', headline: 'Storm closes harbour' });
    return { root, real, file, before: readFileSync(file) };
  }

  it('refuses -o through a symbolic link to the article’s own folder, and the article stays byte-identical', async () => {
    const { root, real, file, before } = linkedLibrary();

    await expect(exportOne(file, { settings, out: join(root, 'alias', 'storm.byline.json') })).rejects.toThrow(
      /never written as a Byline article file .*Nothing was written/,
    );
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(namesIn(real)).toEqual(['storm.byline.json']);
  });

  it('refuses an article file in another case, as a case-insensitive disk would read it', async () => {
    const { root, file, before } = linkedLibrary();

    await expect(exportOne(file, { settings, out: join(root, 'alias', 'Storm.BYLINE.JSON') })).rejects.toThrow(
      'never written as a Byline article file',
    );
    await expect(exportOne(file, { settings, out: join(root, 'alias', 'storm.byline.json. ') })).rejects.toThrow(
      'never written as a Byline article file',
    );
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses any other article file as the output', async () => {
    const { real, file } = linkedLibrary();
    const other = writeStory(real, { slug: 'ferry', headline: 'Ferry' });
    const otherBefore = readFileSync(other);

    await expect(exportOne(file, { settings, out: other })).rejects.toThrow('never written as a Byline article file');
    expect(readFileSync(other).equals(otherBefore)).toBe(true);
  });

  it('refuses an article not named like one when the output is the same file by another path', async () => {
    const root = tempFolder();
    const real = join(root, 'real');
    mkdirSync(real);
    symlinkSync(real, join(root, 'alias'));
    const file = writeStory(real, { slug: 'notes', headline: 'Notes', file: 'notes.json' });
    const before = readFileSync(file);
    linkSync(file, join(root, 'hard-link.json'));

    for (const out of [join(root, 'alias', 'notes.json'), join(root, 'hard-link.json')]) {
      await expect(exportOne(file, { settings, out })).rejects.toThrow(
        `The export would overwrite the article file itself: ${out} is ${file}. Nothing was written.`,
      );
    }
    // The ninjs file beside the page is checked the same way: notes.html's is notes.ninjs.json.
    const ninjsTwin = writeStory(real, { slug: 'twin', headline: 'Twin', file: 'twin.ninjs.json' });
    const twinBefore = readFileSync(ninjsTwin);
    await expect(
      exportOne(ninjsTwin, { settings, out: join(root, 'alias', 'twin.html'), ninjs: true }),
    ).rejects.toThrow('would overwrite the article file itself');
    expect(readFileSync(ninjsTwin).equals(twinBefore)).toBe(true);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(namesIn(real)).toEqual(['notes.json', 'twin.ninjs.json']);
  });

  it('refuses -o naming an existing folder with one sentence, not EISDIR', async () => {
    const file = writeStory(tempFolder(), { slug: 'storm', headline: 'Storm' });
    const out = tempFolder();

    await expect(exportOne(file, { settings, out })).rejects.toThrow(
      `${out} is a folder: give the export a file name, such as ${join(out, 'storm.html')}. Nothing was written.`,
    );
    expect(namesIn(out)).toEqual([]);
  });
});
