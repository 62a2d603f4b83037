// Issue 10, item 10 (D2): a read-only copy (two files carrying one id) used to offer only
// Duplicate, which makes a fresh draft: status back to draft, no publication date, an empty
// corrections log and publish record. "Keep as a separate article" makes the copy an article of
// its own instead: a new id written into that very file, everything else in it as it was.
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../core/article/article';
import { serializeArticle } from '../../../core/article/serialize';
import type { LibraryEntry, OpenedArticle } from '../../../core/ipc/contract';
import { dispatch, type Handlers } from '../../../core/ipc/dispatch';
import type { Result } from '../../../core/ipc/errors';
import { defaultSettings } from '../../../core/settings/settings';
import { BackupFolder } from '../../../electron/library/backups';
import { createHandlers } from '../../../electron/services/handlers';
import { openLibrary, type OpenLibrary } from '../../../electron/services/open-library';
import { publishedArticle } from '../../core/stamps/articles';

const ORIGINAL = 'floods-close-the-valley-road.byline.json';
const CONFLICTED = "floods-close-the-valley-road (Amina's conflicted copy).byline.json";

let root: string;
let folder: string;
let library: OpenLibrary;
let handlers: Handlers;

async function call<T>(name: string, args: unknown): Promise<Result<T>> {
  return (await dispatch(handlers, name, args)) as Result<T>;
}

/** The copy as the other laptop left it: published, corrected twice, its own publish record. */
const corrected: Article = publishedArticle('2025-03-14T08:00:00+01:00', {
  updatedAt: '2025-03-14T11:00:00+01:00',
  savedAt: '2025-03-14T10:05:00.000Z',
  embargoUntil: null,
  updates: [
    {
      id: 'u1',
      kind: 'correction',
      at: '2025-03-14T10:00:00+01:00',
      note: 'The road is closed in both directions.',
      by: 'Amina Rahim',
    },
    {
      id: 'u2',
      kind: 'update',
      at: '2025-03-14T11:00:00+01:00',
      note: 'The army has reached the village.',
      by: 'Amina Rahim',
    },
  ],
  deck: 'Written on the other laptop.',
});

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'byline-keep-'));
  folder = join(root, 'Byline');
  await mkdir(folder);
  // The original was saved later, so it keeps the id and the corrected file is the copy.
  await writeFile(
    join(folder, ORIGINAL),
    serializeArticle({ ...corrected, deck: 'Mine', updates: [], savedAt: '2025-03-14T10:30:00.000Z' }),
  );
  await writeFile(join(folder, CONFLICTED), serializeArticle(corrected));
  library = await openLibrary({
    folder,
    userData: join(root, 'user-data'),
    clock: { now: () => new Date().toISOString() },
    trash: (path) => rm(path),
  });
  handlers = createHandlers({
    host: {
      libraryState: () => ({ folder, proposedFolder: folder, settingsNotice: null }),
      setupLibrary: async () => ({ folder, proposedFolder: folder, settingsNotice: null }),
      showInFolder: () => undefined,
      readyToClose: () => undefined,
    },
    clock: { now: () => new Date().toISOString() },
    settings: { get: () => defaultSettings('Europe/Berlin'), update: () => defaultSettings('Europe/Berlin') },
    backups: new BackupFolder({ folder: join(root, 'backups') }),
    library: () => library,
  });
});

afterEach(async () => {
  await library.close();
  await rm(root, { recursive: true, force: true });
});

const listed = async () => {
  const result = await call<{ entries: LibraryEntry[] }>('listLibrary', {});
  if (!result.ok) throw new Error(result.error.message);
  return new Map(result.value.entries.map((entry) => [entry.file, entry]));
};

describe('Keep as a separate article', () => {
  it('gives the copy a new id in its own file, keeps everything else it holds, and opens it editable', async () => {
    const copy = (await listed()).get(CONFLICTED)!;
    expect(copy).toMatchObject({
      kind: 'article',
      readOnly: { message: expect.stringContaining('Keep it as a separate article') },
    });
    const originalBefore = await readFile(join(folder, ORIGINAL));
    const copyBefore = JSON.parse(await readFile(join(folder, CONFLICTED), 'utf8')) as Record<string, unknown>;

    const kept = await call<OpenedArticle>('keepAsSeparateArticle', { id: copy.kind === 'article' ? copy.id : '' });

    expect(kept.ok).toBe(true);
    if (!kept.ok) return;
    expect(kept.value.file).toBe(CONFLICTED);
    expect(kept.value.readOnly).toBeNull();
    const newId = kept.value.article.id;
    expect(newId).not.toMatch(/^copy-|^article-0001$/);
    // The very file, every field as it was but the id: status, dates, corrections, publish record.
    const after = JSON.parse(await readFile(join(folder, CONFLICTED), 'utf8')) as Record<string, unknown>;
    expect(after).toEqual({ ...copyBefore, id: newId });
    expect(kept.value.article).toMatchObject({
      status: 'published',
      publishedAt: corrected.publishedAt,
      updatedAt: corrected.updatedAt,
      updates: corrected.updates,
      publishStamps: corrected.publishStamps,
    });
    expect((await readFile(join(folder, ORIGINAL))).equals(originalBefore)).toBe(true);
    expect((await readdir(folder)).filter((name) => !name.startsWith('.')).sort()).toEqual(
      [ORIGINAL, CONFLICTED].sort(),
    );

    // Both are articles of their own now, both editable; the new one saves into its file.
    const entries = await listed();
    expect(entries.get(CONFLICTED)).toMatchObject({ id: newId, readOnly: null });
    expect(entries.get(ORIGINAL)).toMatchObject({ id: 'article-0001', readOnly: null });
    const saved = await call<OpenedArticle>('saveArticle', {
      article: { ...kept.value.article, deck: 'Still the other laptop’s version.' },
      revision: kept.value.revision,
    });
    expect(saved).toMatchObject({ ok: true, value: { file: CONFLICTED } });
  });

  it('refuses an article’s own id, and changes nothing', async () => {
    const before = await readFile(join(folder, ORIGINAL));
    expect(await call('keepAsSeparateArticle', { id: 'article-0001' })).toMatchObject({ ok: false });
    expect((await readFile(join(folder, ORIGINAL))).equals(before)).toBe(true);
  });
});
