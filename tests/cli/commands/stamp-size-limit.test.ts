// Issue 10, item 8, on the command line: a stamp on an article just under the size limit used to
// exit 0 and leave a file over it, which `list` and `check` then refused to open. The stamp must
// be refused instead (exit 1, the reason on stderr) and the file left byte-identical.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES } from '../../../core/article/format';
import { serializeArticle } from '../../../core/article/serialize';
import { doc, p } from '../../builders/body';
import { publishedArticle } from '../../core/stamps/articles';
import { runByline } from '../fixtures/run-byline';

const byline = (...args: string[]) => runByline(args);

/** A published article whose file is `bytes` long: its body is one long paragraph. */
function articleFileOfSize(bytes: number): string {
  const small = publishedArticle();
  const base = Buffer.byteLength(serializeArticle({ ...small, body: doc(p('x')) }));
  const text = serializeArticle({ ...small, body: doc(p('x'.repeat(1 + bytes - base))) });
  expect(Buffer.byteLength(text)).toBe(bytes);
  const file = join(mkdtempSync(join(tmpdir(), 'byline-stamp-size-')), 'live-blog.byline.json');
  writeFileSync(file, text);
  return file;
}

describe('byline stamp near the size limit', () => {
  it('refuses a stamp that would take the file over the limit, and leaves it byte-identical', async () => {
    const file = articleFileOfSize(MAX_ARTICLE_BYTES - 100);
    const before = readFileSync(file);

    const { code, stdout, stderr } = await byline(
      'stamp',
      'update',
      file,
      '--kind',
      'correction',
      '--note',
      'An earlier version misspelled the name of the harbour master, Ian Cole.',
      '--tz',
      'UTC',
    );

    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr).toMatch(
      /^byline: The article cannot be stamped: its file would be 16,777,\d{3} bytes, and articles over 16,777,216 bytes \(16\.0 MB\) cannot be opened again\. Nothing was written; shorten the article in Byline \(or the stamp’s note\), then stamp it again\.\n$/,
    );
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(dirname(file))).toEqual(['live-blog.byline.json']);
  });
});
