// `byline import` reads through the same import worker as the app, with the same limits: a hostile
// file is one line on stderr, exit code 1 and nothing written, and what jsdom prints about a page
// stays in the worker, out of the command's output.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runByline } from '../../../cli/fixtures/run-byline';

const byline = (args: string[]) => runByline(args);

const folder = () => mkdtempSync(join(tmpdir(), 'byline-import-command-'));

describe('byline import, through the import worker', () => {
  it('refuses 5,000 nested <div>s in one line on stderr, exit code 1, nothing written', async () => {
    const page = join(folder(), 'nested.html');
    writeFileSync(
      page,
      `<!doctype html><html><body>${'<div>'.repeat(5000)}The story.${'</div>'.repeat(5000)}</body></html>`,
    );
    const into = folder();

    const { code, stdout, stderr } = await byline(['import', page, '--into', into, '--tz', 'UTC']);

    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr).toBe(
      'byline: "nested.html" cannot be imported: its elements are nested more than 200 levels deep; Byline reads no page nested deeper.\n',
    );
    expect(readdirSync(into)).toEqual([]);
  });

  it('imports a page whose stylesheet jsdom cannot parse with nothing on stderr', async () => {
    const page = join(folder(), 'styled.html');
    writeFileSync(
      page,
      '<html><head><style>@media screen { a { color: red </style></head><body><article><h1>Harbour wall to be rebuilt</h1>' +
        '<p>The council voted on Monday to rebuild the old harbour wall before the winter storms.</p></article></body></html>',
    );
    const into = folder();

    const { code, stdout, stderr } = await byline(['import', page, '--into', into, '--tz', 'UTC']);

    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(stdout)).toEqual({
      id: expect.any(String),
      path: join(into, 'harbour-wall-to-be-rebuilt.byline.json'),
    });
  });
});
