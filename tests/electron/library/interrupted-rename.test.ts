// Issue 10, item 10 (D1 c): a slug change places the new name and then removes the old one. When
// the removal is refused (a scanner or a sync client holding the file, as on Windows) the old name
// must not win: the removal is retried, and if the old file stays it is listed as an older copy of
// the new one, which the list, open, Move to trash and crash recovery all treat as the article.
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { serializeArticle } from '../../../core/article/serialize';
import type { ArticleSummary } from '../../../core/ipc/contract';
import { nodeFileSystem, type FileSystem } from '../../../electron/library/file-system';
import { openLibrary, type OpenLibrary } from '../../../electron/services/open-library';
import { fsError } from './fixtures/failing-fs';
import { article } from './fixtures/library';

const ALPHA = 'alpha.byline.json';
const ZETA = 'zeta.byline.json';

let root: string | null = null;
const open: OpenLibrary[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((library) => library.close()));
  if (root) await rm(root, { recursive: true, force: true });
  root = null;
});

/** A disk that refuses to remove `name` with EBUSY, `times` times (for good when omitted). */
function busyUnlink(name: string, times = Infinity): FileSystem & { refused: number } {
  const fs = {
    ...nodeFileSystem,
    refused: 0,
    async unlink(path: string) {
      if (basename(path) === name && fs.refused < times) {
        fs.refused++;
        throw fsError('EBUSY', 'unlink', path);
      }
      await nodeFileSystem.unlink(path);
    },
  };
  return fs;
}

async function libraryWithAlpha(fs?: FileSystem): Promise<{ folder: string; library: OpenLibrary; trashed: string[] }> {
  root = await mkdtemp(join(tmpdir(), 'byline-rename-'));
  const folder = join(root, 'Byline');
  await mkdir(folder);
  await writeFile(
    join(folder, ALPHA),
    serializeArticle(
      article({ slug: 'alpha', headline: 'Alpha', deck: 'Old text', savedAt: new Date().toISOString() }),
    ),
  );
  const trashed: string[] = [];
  const library = await reopen(folder, trashed, fs);
  return { folder, library, trashed };
}

async function reopen(folder: string, trashed: string[], fs?: FileSystem): Promise<OpenLibrary> {
  const library = await openLibrary({
    folder,
    userData: join(root!, 'user-data'),
    clock: { now: () => new Date().toISOString() },
    trash: async (path) => {
      trashed.push(basename(path));
      await rm(path);
    },
    ...(fs ? { fs } : {}),
  });
  open.push(library);
  return library;
}

async function listed(library: OpenLibrary): Promise<Map<string, ArticleSummary>> {
  const entries = await library.index.list();
  return new Map(entries.flatMap((entry) => (entry.kind === 'article' ? [[entry.file, entry] as const] : [])));
}

const articleFiles = async (folder: string) => (await readdir(folder)).filter((name) => !name.startsWith('.')).sort();

describe('a slug change whose old name cannot be removed at once', () => {
  it('retries the removal refused once with EBUSY and leaves one file, the new one', async () => {
    const fs = busyUnlink(ALPHA, 1);
    const { folder, library } = await libraryWithAlpha(fs);
    const opened = await library.store.open('article-0001');

    const saved = await library.store.save(
      { ...opened.article, slug: 'zeta', headline: 'Zeta', deck: 'New text' },
      opened.revision,
    );

    expect(saved.file).toBe(ZETA);
    expect(fs.refused).toBe(1);
    expect(await articleFiles(folder)).toEqual([ZETA]);
  });

  it('when the old file stays for good, the new text is the article and the old file an older copy: list, open, trash and crash recovery agree', async () => {
    const fs = busyUnlink(ALPHA);
    const { folder, library, trashed } = await libraryWithAlpha(fs);
    const opened = await library.store.open('article-0001');

    const saved = await library.store.save(
      { ...opened.article, slug: 'zeta', headline: 'Zeta', deck: 'New text' },
      opened.revision,
    );
    expect(saved.file).toBe(ZETA);
    expect(await articleFiles(folder)).toEqual([ALPHA, ZETA]);

    const entries = await listed(library);
    expect(entries.get(ZETA)).toMatchObject({ id: 'article-0001', readOnly: null });
    const old = entries.get(ALPHA)!;
    expect(old.readOnly?.message).toContain(`same article id as "${ZETA}", which was saved more recently`);
    const reopened = await library.store.open('article-0001');
    expect({ file: reopened.file, deck: reopened.article.deck, readOnly: reopened.readOnly }).toEqual({
      file: ZETA,
      deck: 'New text',
      readOnly: null,
    });
    // The editor's next autosave goes on into the new file.
    const again = await library.store.save({ ...saved.article, deck: 'Newer text' }, saved.revision);
    expect(again.file).toBe(ZETA);

    // After a crash the app starts again and restores the backup of unsaved edits: it opens the
    // article and autosaves the backed-up text (still headed Zeta) into the file the list shows.
    await open.splice(open.indexOf(library), 1)[0]!.close();
    const restarted = await reopen(folder, trashed);
    const restoring = await restarted.store.open('article-0001');
    expect(restoring.file).toBe(ZETA);
    const restored = await restarted.store.save(
      { ...again.article, deck: 'Newest text, from the backup' },
      restoring.revision,
    );
    expect(restored.file).toBe(ZETA);
    expect(await articleFiles(folder)).toEqual([ALPHA, ZETA]);

    // Move to trash on the old file's row removes the old file, never the newest text.
    await restarted.store.remove(old.id);
    expect(trashed).toEqual([ALPHA]);
    expect((await restarted.store.open('article-0001')).article.deck).toBe('Newest text, from the backup');
  });
});
