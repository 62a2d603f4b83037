// Issue 10, item 10, on the command line: `byline list` of a folder where a file manager has
// duplicated an article. Its output keeps its exact shape, but no two entries share an id, and a
// note on stderr says which file is the copy of which.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeArticle } from '../../electron/library/index/library-files';
import { runByline } from '../fixtures/run-byline';

describe('byline list of a folder holding an article and its copy', () => {
  it('lists them under two ids, in the same shape as ever, and says on stderr which is the copy', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'byline-cli-duplicate-'));
    const original = writeArticle(folder, {
      id: 'storm-story',
      headline: 'Storm closes harbour',
      paragraphs: ['Ferries stayed in port.'],
      savedAt: '2025-02-01T08:00:00.000Z',
    });
    copyFileSync(join(folder, original), join(folder, 'storm-story (1).byline.json'));

    const { code, stdout, stderr } = await runByline(['list', folder]);

    expect(code).toBe(0);
    const listed = JSON.parse(stdout) as Record<string, unknown>[];
    const summary = {
      headline: 'Storm closes harbour',
      status: 'draft',
      savedAt: '2025-02-01T08:00:00.000Z',
      words: 4,
    };
    expect(listed).toEqual(
      expect.arrayContaining([
        { id: 'storm-story', path: join(folder, original), ...summary },
        {
          id: expect.stringMatching(/^copy-[0-9a-f]{32}$/),
          path: join(folder, 'storm-story (1).byline.json'),
          ...summary,
        },
      ]),
    );
    expect(listed).toHaveLength(2);
    const copyId = listed.find((entry) => entry.path === join(folder, 'storm-story (1).byline.json'))!.id as string;
    expect(stderr).toBe(
      `byline: "storm-story (1).byline.json" carries the same article id as "${original}" (a copy); it is listed as ${copyId} and opens read-only in Byline until saved as a copy.\n`,
    );
  });

  it('lists a conflicted copy saved later as the article, and the file named for its slug as its copy', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'byline-cli-duplicate-'));
    const older = writeArticle(folder, {
      id: 'storm-story',
      headline: 'Storm closes harbour',
      paragraphs: ['Ferries stayed in port.'],
      savedAt: '2025-02-01T08:00:00.000Z',
    });
    const newer = "storm-closes-harbour (Amina's conflicted copy).byline.json";
    writeFileSync(
      join(folder, newer),
      readFileSync(join(folder, older), 'utf8').replace(
        '"savedAt": "2025-02-01T08:00:00.000Z"',
        '"savedAt": "2025-02-01T09:30:00.000Z"',
      ),
    );

    const { code, stdout, stderr } = await runByline(['list', folder]);

    expect(code).toBe(0);
    const listed = JSON.parse(stdout) as { id: string; path: string; savedAt: string }[];
    expect(listed.find((entry) => entry.path === join(folder, newer))).toMatchObject({
      id: 'storm-story',
      savedAt: '2025-02-01T09:30:00.000Z',
    });
    const copy = listed.find((entry) => entry.path === join(folder, older))!;
    expect(copy.id).toMatch(/^copy-[0-9a-f]{32}$/);
    expect(stderr).toBe(
      `byline: "${older}" carries the same article id as "${newer}" (a copy); it is listed as ${copy.id} and opens read-only in Byline until saved as a copy.\n`,
    );
  });
});
