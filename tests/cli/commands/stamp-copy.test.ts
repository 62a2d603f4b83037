// Issue 10, item 10 (D6): `byline stamp` of a file that is a copy under the duplicate-id rule
// (another file carries its id and keeps it) used to exit 0 and write into the file the app
// refuses to save into. It is refused in one line naming the file that keeps the id, exit 1, both
// files byte-identical; the file that keeps the id is stamped as ever.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../core/article/article';
import { serializeArticle } from '../../../core/article/serialize';
import { approvedArticle } from '../fixtures/article-files';
import { runByline } from '../fixtures/run-byline';

const STORM = 'storm.byline.json';
const CONFLICTED = 'storm (conflicted copy).byline.json';

/** A folder holding the article and a sync client's conflicted copy of it, saved at the times given. */
function folderWithCopy(saved: { storm: string; conflicted: string }): string {
  const folder = mkdtempSync(join(tmpdir(), 'byline-stamp-copy-'));
  const story: Article = approvedArticle({ slug: 'storm', headline: 'Storm closes the harbour' });
  writeFileSync(join(folder, STORM), serializeArticle({ ...story, savedAt: saved.storm }));
  writeFileSync(
    join(folder, CONFLICTED),
    serializeArticle({ ...story, deck: 'Written on the other laptop.', savedAt: saved.conflicted }),
  );
  return folder;
}

const bytes = (folder: string) =>
  Object.fromEntries(readdirSync(folder).map((file) => [file, readFileSync(join(folder, file))]));

describe('byline stamp of a copy', () => {
  it('refuses the conflicted copy in one line naming the file that keeps the id, and stamps that file', async () => {
    const folder = folderWithCopy({ storm: '2025-03-14T09:00:00.000Z', conflicted: '2025-03-14T08:00:00.000Z' });
    const before = bytes(folder);

    const refused = await runByline(['stamp', 'publish', join(folder, CONFLICTED), '--tz', 'UTC']);

    expect({ code: refused.code, stdout: refused.stdout }).toEqual({ code: 1, stdout: '' });
    expect(refused.stderr).toBe(
      `byline: "${CONFLICTED}" is not stamped: it is a copy of "${STORM}", which was saved more recently, and carries the same article id. Nothing was written; stamp "${STORM}", or keep the copy as a separate article in Byline first.\n`,
    );
    expect(bytes(folder)).toEqual(before);

    const stamped = await runByline(['stamp', 'publish', join(folder, STORM), '--tz', 'UTC']);
    expect(stamped.code).toBe(0);
    expect(JSON.parse(readFileSync(join(folder, STORM), 'utf8'))).toMatchObject({ status: 'published' });
    expect(readFileSync(join(folder, CONFLICTED)).equals(before[CONFLICTED]!)).toBe(true);
  });

  it('refuses the file named for its slug when the conflicted copy was saved later and so keeps the id', async () => {
    const folder = folderWithCopy({ storm: '2025-03-14T08:00:00.000Z', conflicted: '2025-03-14T09:00:00.000Z' });
    const before = bytes(folder);

    const refused = await runByline([
      'stamp',
      'update',
      join(folder, STORM),
      '--kind',
      'correction',
      '--note',
      'The harbour reopened at noon.',
      '--tz',
      'UTC',
    ]);

    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      `byline: "${STORM}" is not stamped: it is a copy of "${CONFLICTED}", which was saved more recently, and carries the same article id. Nothing was written; stamp "${CONFLICTED}", or keep the copy as a separate article in Byline first.\n`,
    );
    expect(bytes(folder)).toEqual(before);
  });
});
