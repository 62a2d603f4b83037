import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { namesIn, tempFolder, writeStory } from '../../electron/library/export/export-articles';
import { byline } from '../fixtures/run-byline';

describe('byline export', () => {
  it('writes the page beside the article and prints {"html","ninjs"} with ninjs null', async () => {
    const folder = tempFolder();
    const file = writeStory(folder, { slug: 'storm', headline: 'Storm closes harbour' });

    const { code, stdout, stderr } = await byline('export', file);

    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toBe(JSON.stringify({ html: join(folder, 'storm.html'), ninjs: null }) + '\n');
    expect(readFileSync(join(folder, 'storm.html'), 'utf8')).toContain('Storm closes harbour');
  });

  it('writes to -o, the ninjs file beside it, in the zone given by --tz', async () => {
    const file = writeStory(tempFolder(), {
      slug: 'storm',
      headline: 'Storm closes harbour',
      fields: { publishedAt: '2025-03-04T09:30:00.000Z' },
    });
    const out = tempFolder();

    const { code, stdout } = await byline(
      'export',
      file,
      '-o',
      join(out, 'page.html'),
      '--ninjs',
      '--tz',
      'Asia/Kabul',
    );

    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ html: join(out, 'page.html'), ninjs: join(out, 'page.ninjs.json') });
    expect(namesIn(out)).toEqual(['page.html', 'page.ninjs.json']);
    // 09:30 UTC is 14:00 in Kabul: the page prints the newsroom's offset.
    expect(readFileSync(join(out, 'page.html'), 'utf8')).toContain('2025-03-04T14:00:00+04:30');
  });

  it('writes only the body with --fragment', async () => {
    const file = writeStory(tempFolder(), { slug: 'storm', headline: 'Storm closes harbour' });

    const { code, stdout } = await byline('export', file, '--fragment');

    expect(code).toBe(0);
    const html = readFileSync((JSON.parse(stdout) as { html: string }).html, 'utf8');
    expect(html).toContain('What happens next');
    expect(html).not.toContain('<html');
  });

  it('exits 1 with the reason for an unfit article and writes nothing', async () => {
    const folder = tempFolder();
    const file = join(folder, 'broken.byline.json');
    writeFileSync(file, '{"format": "byline.article", ');

    const { code, stdout, stderr } = await byline('export', file);

    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr).toContain('The file is not complete JSON');
    expect(namesIn(folder)).toEqual(['broken.byline.json']);
  });

  it('exits 1 naming the file when its body cannot be exported, and writes nothing', async () => {
    const folder = tempFolder();
    const file = writeStory(folder, {
      slug: 'odd',
      headline: 'Odd',
      fields: { body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'paragraph' }] }] } },
    });

    const { code, stdout, stderr } = await byline('export', file);

    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr).toBe(
      `byline: ${file}: The body holds content this version cannot export without losing it (Invalid content for node paragraph: <paragraph>).\n`,
    );
    expect(namesIn(folder)).toEqual(['odd.byline.json']);
  });

  it('refuses -o through a symbolic link onto the article itself, and the article stays byte-identical', async () => {
    // ln -s real alias; byline export real/x.byline.json -o alias/x.byline.json
    const root = tempFolder();
    const real = join(root, 'real');
    mkdirSync(real);
    symlinkSync(real, join(root, 'alias'));
    const file = writeStory(real, { slug: 'x', headline: 'Storm closes harbour' });
    const before = readFileSync(file);

    const { code, stdout, stderr } = await byline('export', file, '-o', join(root, 'alias', 'x.byline.json'));

    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr).toMatch(/^byline: An export is never written as a Byline article file .*Nothing was written\.\n$/);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(namesIn(real)).toEqual(['x.byline.json']);
  });

  it('refuses -o naming an existing folder in one line, not a raw EISDIR', async () => {
    const file = writeStory(tempFolder(), { slug: 'storm', headline: 'Storm closes harbour' });
    const out = tempFolder();

    const { code, stderr } = await byline('export', file, '-o', out);

    expect(code).toBe(1);
    expect(stderr).toBe(
      `byline: ${out} is a folder: give the export a file name, such as ${join(out, 'storm.html')}. Nothing was written.\n`,
    );
    expect(namesIn(out)).toEqual([]);
  });
});
