// Every IPC operation fuzzed with arbitrary arguments against the real services over a temporary
// library: every call is a typed Result, invalid ones are refused, and nothing outside the library
// and user-data folders is created, changed or deleted.
import { lstat, mkdir, mkdtemp, readdir, readFile, readlink, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, isAbsolute, join, relative } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ARTICLE_VERSION } from '../../../core/article/format';
import { serializeArticle } from '../../../core/article/serialize';
import { newArticle } from '../../../core/article/article';
import { operations, type LibraryState, type Settings } from '../../../core/ipc/contract';
import { dispatch, type Handlers } from '../../../core/ipc/dispatch';
import { ERROR_CODES, type Result } from '../../../core/ipc/errors';
import { OPERATION_NAMES, type OperationName } from '../../../core/ipc/names';
import { BackupFolder } from '../../../electron/library/backups';
import { createHandlers } from '../../../electron/services/handlers';
import type { Host } from '../../../electron/services/services';
import { openLibrary } from '../../../electron/services/open-library';
import { defaultSettings } from '../../../core/settings/settings';
import type { SettingsService } from '../../../electron/services/services';

const OUTSIDE_ID = 'outside-article-01';

let root: string;
let library: string;
let userData: string;
let sentinel: string;
let trashFolder: string;
let handlers: Handlers;
let closeLibrary: () => Promise<void>;
let sentinelBefore: Snapshot;
let rootBefore: string[];
const shownInFolder: string[] = [];
const trashed: string[] = [];

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'byline-fuzz-'));
  library = join(root, 'library');
  userData = join(root, 'user-data');
  sentinel = join(root, 'sentinel');
  trashFolder = join(root, 'trash');
  await Promise.all([library, userData, sentinel, trashFolder].map((folder) => mkdir(folder, { recursive: true })));
  await writeFile(join(sentinel, 'keep.txt'), 'must never change\n');
  await writeFile(join(sentinel, 'target.byline.json'), articleText(OUTSIDE_ID, 'Not in the library'));
  // Ways out of the library that a careless store would follow.
  await symlink(join(sentinel, 'target.byline.json'), join(library, 'escape.byline.json'));
  await symlink(sentinel, join(library, 'escape-folder'));
  await writeFile(join(library, 'inside.byline.json'), articleText('inside-article-01', 'Inside the library'));
  sentinelBefore = await snapshot(sentinel);
  rootBefore = (await readdir(root)).sort();

  const clock = { now: () => new Date().toISOString() };
  const opened = await openLibrary({
    folder: library,
    userData,
    clock,
    trash: async (absolutePath) => {
      trashed.push(absolutePath);
      await rename(absolutePath, join(trashFolder, `${trashed.length}-${basename(absolutePath)}`));
    },
  });
  closeLibrary = () => opened.close();
  const libraryState: LibraryState = { folder: library, proposedFolder: library, settingsNotice: null };
  const host: Host = {
    libraryState: () => libraryState,
    setupLibrary: async () => libraryState,
    showInFolder: (absolutePath) => void shownInFolder.push(absolutePath),
    readyToClose: () => undefined,
  };
  handlers = createHandlers({
    host,
    clock,
    settings: memorySettings(),
    backups: new BackupFolder({ folder: join(userData, 'backups') }),
    library: () => opened,
  });
});

afterAll(async () => {
  await closeLibrary?.();
  if (root) await rm(root, { recursive: true, force: true });
});

const PATH_ATTACKS = [
  '../sentinel/keep.txt',
  '../../etc/passwd',
  '/etc/passwd',
  '..',
  '.',
  'a\0b',
  'a\0.byline.json',
  'escape.byline.json',
  'escape-folder/target.byline.json',
  'escape-folder',
  '..\\sentinel\\keep.txt',
  'C:\\Windows\\win.ini',
  '%2e%2e%2fsentinel',
  '~/.ssh/id_rsa',
  OUTSIDE_ID,
  'inside-article-01',
  'inside.byline.json',
];
const nasty = fc.oneof(
  fc.constantFrom(...PATH_ATTACKS),
  fc.constant('x'.repeat(100_000)),
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.stringMatching(/^[A-Za-z0-9_-]{8,20}$/),
);
const anyValue = fc.oneof(nasty, fc.jsonValue(), fc.anything());
const body = fc.oneof(
  fc.constant({
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        content: [{ type: 'text', text: 'link', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }],
      },
    ],
  }),
  fc.constant({ type: 'doc', content: [{ type: 'video' }] }),
  fc.constant({ type: 'doc', content: [{ type: 'paragraph' }] }),
  fc.jsonValue(),
);
const validArticle = fc.record({
  format: fc.constant('byline.article'),
  version: fc.constant(ARTICLE_VERSION),
  id: fc.oneof(fc.stringMatching(/^[A-Za-z0-9_-]{8,20}$/), fc.constantFrom(OUTSIDE_ID, 'inside-article-01')),
  slug: fc.constantFrom('story', 'escape', 'inside', 'council-vote'),
  headline: fc.string({ maxLength: 200 }),
  status: fc.constant('draft'),
  createdAt: fc.constant('2024-05-01T09:00:00.000Z'),
  savedAt: fc.constant('2024-05-01T09:00:00.000Z'),
  publishedAt: fc.constant(null),
  updatedAt: fc.constant(null),
  body: fc.constantFrom(
    { type: 'doc', content: [{ type: 'paragraph' }] },
    { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Quoted ../../etc/passwd' }] }] },
  ),
});
const mixedArticle = fc.record(
  {
    format: fc.oneof(fc.constant('byline.article'), nasty),
    version: fc.oneof(fc.constant(ARTICLE_VERSION), fc.integer(), anyValue),
    id: fc.oneof(nasty, fc.constantFrom(OUTSIDE_ID, 'inside-article-01')),
    slug: fc.oneof(fc.constantFrom('story', '../escape', 'escape'), nasty),
    headline: nasty,
    status: fc.oneof(fc.constant('draft'), nasty),
    createdAt: fc.oneof(fc.constant('2024-05-01T09:00:00.000Z'), nasty),
    savedAt: fc.oneof(fc.constant('2024-05-01T09:00:00.000Z'), nasty),
    publishedAt: fc.oneof(fc.constant(null), nasty),
    updatedAt: fc.oneof(fc.constant(null), nasty),
    body,
  },
  { requiredKeys: [] },
);
const article = fc.oneof(validArticle, mixedArticle);
const revision = fc.record(
  {
    hash: fc.oneof(fc.stringMatching(/^[0-9a-f]{64}$/), nasty),
    size: fc.oneof(fc.nat(), anyValue),
    mtimeMs: fc.oneof(fc.nat(), anyValue),
  },
  { requiredKeys: [] },
);
const plausibleArgsShape = {
  id: nasty,
  file: nasty,
  headline: nasty,
  query: nasty,
  url: fc.oneof(
    nasty,
    fc.webUrl(),
    fc.constantFrom(
      'javascript:alert(1)',
      ' JAVASCRIPT:alert(1)',
      'file:///etc/passwd',
      'mailto:desk@example.com',
      'https://example.com.attacker.test',
      'data:text/html,<script>1</script>',
      'vbscript:x',
    ),
  ),
  choice: fc.oneof(fc.constantFrom('proposed', 'choose'), nasty),
  patch: fc.oneof(
    fc.record(
      { theme: fc.oneof(fc.constantFrom('light', 'dark', 'system'), nasty), newsroomName: nasty, timeZone: nasty },
      { requiredKeys: [] },
    ),
    anyValue,
  ),
  article,
  revision,
  seq: fc.oneof(fc.nat(), fc.integer(), anyValue),
  backupSeq: fc.oneof(fc.nat(), anyValue),
};
const plausibleArgs = fc.record(plausibleArgsShape, { requiredKeys: [] });
/** The argument keys each operation takes, so many calls get past validation and reach the services. */
const KEYS: Record<OperationName, (keyof typeof plausibleArgsShape)[]> = {
  getLibraryState: [],
  listLibrary: [],
  listBackups: [],
  getSettings: [],
  readyToClose: [],
  setupLibrary: ['choice'],
  searchLibrary: ['query'],
  createArticle: ['headline'],
  openArticle: ['id'],
  duplicateArticle: ['id'],
  keepAsSeparateArticle: ['id'],
  deleteArticle: ['id'],
  discardBackup: ['id'],
  showInFolder: ['file'],
  saveArticle: ['article', 'revision', 'backupSeq'],
  saveArticleCopy: ['article'],
  writeBackup: ['article', 'seq'],
  updateSettings: ['patch'],
  chooseExportFolder: [],
  exportArticle: ['id'],
  exportArticles: [],
  cancelExport: [],
  showExportedFiles: [],
  copyArticleAsHtml: ['article'],
  importArticle: [],
  importDroppedFile: [],
  listRevisions: ['id'],
  readRevision: ['id'],
  markRevisionSeen: ['id'],
  restoreRevision: ['id', 'revision'],
  recordRevision: ['id'],
};
const targetedCall = fc.constantFrom(...OPERATION_NAMES).chain((operation) =>
  fc.tuple(
    fc.constant<unknown>(operation),
    fc.record(Object.fromEntries(KEYS[operation].map((key) => [key, plausibleArgsShape[key]])), {
      requiredKeys: KEYS[operation].filter((key) => key !== 'backupSeq' && key !== 'headline'),
    }),
  ),
);
const name = fc.oneof(
  fc.constantFrom(...OPERATION_NAMES),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'byline:openArticle'),
  fc.string(),
);
const args = fc.oneof(plausibleArgs, anyValue, fc.constant(undefined), fc.constant(null));
const anyCall = fc.oneof(targetedCall, fc.tuple(name, args));
let reachedServices = 0;

async function call(operation: unknown, input: unknown): Promise<Result<unknown>> {
  const result = await dispatch(handlers, operation, input);
  expect(typeof result.ok).toBe('boolean');
  if (!result.ok) {
    expect(ERROR_CODES).toContain(result.error.code);
    expect(typeof result.error.message).toBe('string');
    // INTERNAL means a handler crashed on input it should have refused by name.
    expect(result.error, `${String(operation)} crashed`).not.toMatchObject({ code: 'INTERNAL' });
  }
  expect(() => JSON.stringify(result)).not.toThrow();
  return result;
}

describe('every operation with arbitrary arguments', () => {
  test('resolves to a typed Result; calls outside the contract are BAD_ARGUMENTS or UNKNOWN_OPERATION', async () => {
    await fc.assert(
      fc.asyncProperty(anyCall, async ([operation, input]) => {
        const result = await call(operation, input);
        if (result.ok || !['BAD_ARGUMENTS', 'UNKNOWN_OPERATION'].includes(result.error.code)) reachedServices++;
        const known = (OPERATION_NAMES as readonly unknown[]).includes(operation);
        if (!known) expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_OPERATION' } });
        else if (!operations[operation as keyof typeof operations].args.safeParse(input ?? {}).success)
          expect(result).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENTS' } });
      }),
      { numRuns: 1000 },
    );
    // A fuzz that only ever hits the validator proves little: many calls must reach the services.
    expect(reachedServices).toBeGreaterThan(150);
  });

  test('paths that leave the library are refused by name, never followed', async () => {
    for (const file of ['../sentinel/keep.txt', '/etc/passwd', '..', 'a\0b', 'escape-folder/target.byline.json']) {
      expect(await call('showInFolder', { file })).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENTS' } });
    }
    for (const id of ['../../etc/passwd', '/etc/passwd', 'a\0bcdefgh', '..']) {
      expect(await call('openArticle', { id })).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENTS' } });
      expect(await call('deleteArticle', { id })).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENTS' } });
    }
  });

  test('an article reachable only through a symlink out of the library cannot be opened, saved over or deleted', async () => {
    expect(await call('openArticle', { id: OUTSIDE_ID })).toMatchObject({ ok: false });
    expect(await call('deleteArticle', { id: OUTSIDE_ID })).toMatchObject({ ok: false });
    const listed = await call('listLibrary', {});
    expect(
      listed.ok &&
        (listed.value as { entries: { file: string; kind: string }[] }).entries.find(
          (entry) => entry.file === 'escape.byline.json',
        )?.kind,
    ).toBe('unreadable');
  });

  test('the page cannot ask main to open a link outside: there is no such operation', async () => {
    expect(await call('openExternal', { url: 'https://example.com/story' })).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_OPERATION' },
    });
  });
});

describe('after all of it', () => {
  test('nothing outside the library and user-data folders was created, changed or deleted', async () => {
    expect(await snapshot(sentinel)).toEqual(sentinelBefore);
    expect((await readdir(root)).sort()).toEqual(rootBefore);
    expect((await lstat(join(library, 'escape.byline.json'))).isSymbolicLink()).toBe(true);
  });

  test('the file manager was shown only files inside the library, the trash only library files', () => {
    for (const path of [...shownInFolder, ...trashed]) expect(isInside(library, path), path).toBe(true);
  });
});

type Snapshot = Record<string, string>;

/** Every entry under a folder, without following symlinks: a file's bytes, a link's target. */
async function snapshot(folder: string, prefix = ''): Promise<Snapshot> {
  const entries: Snapshot = {};
  for (const entry of (await readdir(join(folder, prefix))).sort()) {
    const path = join(folder, prefix, entry);
    const key = join(prefix, entry);
    const stats = await lstat(path);
    if (stats.isSymbolicLink()) entries[key] = `link:${await readlink(path)}`;
    else if (stats.isDirectory()) Object.assign(entries, { [key]: 'folder' }, await snapshot(folder, key));
    else entries[key] = `file:${(await readFile(path)).toString('base64')}`;
  }
  return entries;
}

function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) && !rel.includes('/');
}

function articleText(id: string, headline: string): string {
  return serializeArticle({
    ...newArticle({ id, slug: 'story', headline, now: '2024-05-01T09:00:00.000Z' }),
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Private text.' }] }] },
  });
}

function memorySettings(): SettingsService {
  let settings: Settings = defaultSettings('UTC');
  return {
    get: () => settings,
    update: (patch) => {
      settings = { ...settings, ...patch };
      return settings;
    },
  };
}
