// The article store as the editor uses it: create, open, save, rename on a slug change, copy,
// delete, and saving while others (the disk, another program) get in the way.
import { createHash } from 'node:crypto';
import { readdir, rm, stat, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeArticle } from '../../../core/article/serialize';
import { BylineError } from '../../../core/ipc/errors';
import { failingFileSystem, type Failures } from './fixtures/failing-fs';
import { doc, p, unfitDoc } from '../../builders/body';
import { article, NOW, testLibrary, type TestLibrary } from './fixtures/library';

let library: TestLibrary;
beforeEach(async () => {
  library = await testLibrary();
});
afterEach(() => library.remove());

async function refusal(promise: Promise<unknown>): Promise<BylineError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(BylineError);
  return error as BylineError;
}

describe('creating and opening', () => {
  it('creates a file named from the headline and opens it again by id', async () => {
    const store = library.store();
    const created = await store.create({ headline: 'Zürich votes on the budget' });
    expect(created.file).toBe('zurich-votes-on-the-budget.byline.json');
    expect(created.article).toMatchObject({
      headline: 'Zürich votes on the budget',
      slug: 'zurich-votes-on-the-budget',
      savedAt: NOW,
      status: 'draft',
    });
    const bytes = await library.bytes(created.file);
    expect(created.revision.hash).toBe(createHash('sha256').update(bytes).digest('hex'));
    const opened = await library.store().open(created.article.id);
    expect(opened.article).toEqual(created.article);
    expect(opened.readOnly).toBeNull();
  });

  it('gives a repeated headline the next free name: -2, -3', async () => {
    const store = library.store();
    const files = [];
    for (let i = 0; i < 3; i++) files.push((await store.create({ headline: 'Storm warning' })).file);
    expect(files).toEqual(['storm-warning.byline.json', 'storm-warning-2.byline.json', 'storm-warning-3.byline.json']);
  });

  it('calls an article without a headline "untitled"', async () => {
    expect((await library.store().create({})).file).toBe('untitled.byline.json');
  });

  it('creates a file it can open again from a long headline of astral-plane letters', async () => {
    const store = library.store();
    const created = await store.create({ headline: `a${'𠀀'.repeat(40)}` });
    expect(created.file).toMatch(/^a𠀀+\.byline\.json$/u);
    expect((await library.store().open(created.article.id)).article.headline).toBe(created.article.headline);
  });

  it('finds an article through the index when it is not in its own map', async () => {
    await library.write('renamed-by-hand.byline.json', serializeArticle(article()));
    const asked: string[] = [];
    const store = library.store({
      candidates: async (id) => (asked.push(id), { listed: ['renamed-by-hand.byline.json'], changed: [] }),
    });
    expect((await store.open('article-0001')).file).toBe('renamed-by-hand.byline.json');
    expect(asked).toEqual(['article-0001']);
  });

  it('scans the folder when neither its map nor the index knows the file', async () => {
    await library.write('other.byline.json', serializeArticle(article({ id: 'article-0002', slug: 'other' })));
    await library.write('city-budget.byline.json', serializeArticle(article()));
    expect(
      (await library.store({ candidates: async () => ({ listed: [], changed: [] }) }).open('article-0001')).file,
    ).toBe('city-budget.byline.json');
  });

  it('answers NOT_FOUND for an id no file holds', async () => {
    expect((await refusal(library.store().open('article-9999'))).code).toBe('NOT_FOUND');
  });
});

describe('saving', () => {
  it('writes the edit, stamps savedAt and returns the new revision', async () => {
    const store = library.store({ clock: { now: () => '2025-03-14T10:00:00.000Z' } });
    const { article: created, revision } = await store.create({ headline: 'Draft' });
    const saved = await store.save({ ...created, body: doc(p('Edited text.')) }, revision);
    expect(saved.article.savedAt).toBe('2025-03-14T10:00:00.000Z');
    expect(await library.json(saved.file)).toMatchObject({ body: doc(p('Edited text.')) });
    const again = await store.save({ ...saved.article, headline: 'Second edit' }, saved.revision);
    expect((await library.json(again.file)).headline).toBe('Second edit');
  });

  it('lets the last of 20 concurrent saves win, without an error', async () => {
    const store = library.store();
    const { article: created, revision } = await store.create({ headline: 'Live blog' });
    const saves = Array.from({ length: 20 }, (_, i) =>
      store.save({ ...created, body: doc(p(`Update number ${i}.`)) }, revision),
    );
    const results = await Promise.allSettled(saves);
    expect(results.filter((result) => result.status === 'rejected')).toEqual([]);
    const onDisk = await library.json(created.slug + '.byline.json');
    expect(onDisk.body).toEqual(doc(p('Update number 19.')));
    expect((await library.store().open(created.id)).article.body).toEqual(doc(p('Update number 19.')));
  });

  it('refuses with CONFLICT when another program changed the file, even keeping its size and mtime', async () => {
    const store = library.store();
    const { article: created, revision, file } = await store.create({ headline: 'Fire on Main' });
    const path = join(library.folder, file);
    const before = await stat(path);
    const theirs = (await library.bytes(file)).toString().replace('Fire on Main', 'Fire on Elm!');
    await library.write(file, theirs);
    await utimes(path, before.atimeMs / 1000, before.mtimeMs / 1000);
    expect((await stat(path)).size).toBe(before.size);
    expect(Math.trunc((await stat(path)).mtimeMs)).toBe(Math.trunc(before.mtimeMs));

    const error = await refusal(store.save({ ...created, headline: 'Fire on Main Street' }, revision));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/changed by another program/);
    expect(error.message).toMatch(/reload.*keep your version.*copy/);
    expect((await library.bytes(file)).toString()).toBe(theirs);
  });

  it('refuses with CONFLICT when the file was deleted by another program', async () => {
    const store = library.store();
    const { article: created, revision, file } = await store.create({ headline: 'Gone' });
    await rm(join(library.folder, file));
    expect((await refusal(store.save(created, revision))).code).toBe('CONFLICT');
  });

  it('keeps fields written by a newer minor version through open and save, after the known ones', async () => {
    const newer = { ...article(), factChecks: [{ claim: '7–2', verified: true }], zz: 'kept' };
    await library.write('city-budget.byline.json', serializeArticle(newer));
    const store = library.store();
    const opened = await store.open('article-0001');
    await store.save({ ...opened.article, headline: 'City budget passes, 7–2' }, opened.revision);
    const onDisk = await library.json('city-budget.byline.json');
    expect(onDisk).toMatchObject({
      headline: 'City budget passes, 7–2',
      factChecks: [{ claim: '7–2', verified: true }],
      zz: 'kept',
    });
    expect(Object.keys(onDisk).slice(-3)).toEqual(['body', 'factChecks', 'zz']);
  });

  it('refuses an article whose body the schema cannot hold, and one that breaks the format', async () => {
    const store = library.store();
    const { article: created, revision, file } = await store.create({ headline: 'Vote' });
    const before = await library.bytes(file);
    const unknownNode = { ...created, body: unfitDoc({ type: 'poll', content: [] }) };
    expect((await refusal(store.save(unknownNode, revision))).code).toBe('INVALID_ARTICLE');
    expect((await refusal(store.save({ ...created, slug: 'Not A Slug' }, revision))).code).toBe('INVALID_ARTICLE');
    expect(await library.bytes(file)).toEqual(before);
  });

  const diskFailures: { name: string; failures: Failures }[] = [
    { name: 'write fails with ENOSPC', failures: { write: 'ENOSPC' } },
    { name: 'fsync fails with ENOSPC', failures: { fsync: 'ENOSPC' } },
    { name: 'rename keeps failing with EPERM', failures: { rename: { code: 'EPERM' } } },
    { name: 'rename keeps failing with EBUSY', failures: { rename: { code: 'EBUSY' } } },
  ];
  for (const { name, failures } of diskFailures) {
    it(`keeps the file byte-identical and reports IO when ${name}; the same save works once the disk recovers`, async () => {
      const injected: Failures = {};
      const store = library.store({ fs: failingFileSystem(injected) });
      const { article: created, revision, file } = await store.create({ headline: 'Election night' });
      const before = await library.bytes(file);
      Object.assign(injected, failures);
      const edited = { ...created, body: doc(p('Results are in.')) };
      const error = await refusal(store.save(edited, revision));
      expect(error.code).toBe('IO');
      expect(error.message).toMatch(/Could not save "election-night\.byline\.json"/);
      expect(await library.bytes(file)).toEqual(before);
      for (const key of Object.keys(injected)) delete injected[key as keyof Failures];
      const saved = await store.save(edited, revision);
      expect((await library.json(saved.file)).body).toEqual(doc(p('Results are in.')));
    });
  }

  it('saves after a rename refused twice with EBUSY', async () => {
    const injected: Failures = {};
    const store = library.store({ fs: failingFileSystem(injected) });
    const { article: created, revision, file } = await store.create({ headline: 'Scanner' });
    injected.rename = { code: 'EBUSY', times: 2 };
    await store.save({ ...created, headline: 'Scanner let go' }, revision);
    expect((await library.json(file)).headline).toBe('Scanner let go');
  });
});

describe('renaming, copying and deleting', () => {
  it('renames the file when the slug changes, keeping the id, and takes the next free name', async () => {
    const store = library.store();
    await store.create({ headline: 'Mayor resigns' });
    const { article: created, revision, file } = await store.create({ headline: 'Draft' });
    const renamed = await store.save({ ...created, slug: 'mayor-resigns' }, revision);
    expect(renamed.file).toBe('mayor-resigns-2.byline.json');
    expect(renamed.article).toMatchObject({ id: created.id, slug: 'mayor-resigns-2' });
    await expect(library.bytes(file)).rejects.toThrow(/ENOENT/);
    expect(await library.json(renamed.file)).toMatchObject({ id: created.id, slug: 'mayor-resigns-2' });

    const { article: third, revision: thirdRevision } = await store.create({ headline: 'Another draft' });
    expect((await store.save({ ...third, slug: 'mayor-resigns' }, thirdRevision)).file).toBe(
      'mayor-resigns-3.byline.json',
    );
    const again = await store.save({ ...renamed.article, headline: 'Mayor resigns after vote' }, renamed.revision);
    expect(again.file).toBe('mayor-resigns-2.byline.json');
  });

  it('saves a copy under a new id and a -copy slug, leaving the original alone', async () => {
    const store = library.store();
    const { article: created, file } = await store.create({ headline: 'Budget' });
    const before = await library.bytes(file);
    const copy = await store.saveCopy({ ...created, headline: 'Budget (my version)' });
    expect(copy.file).toBe('budget-copy.byline.json');
    expect(copy.article.id).not.toBe(created.id);
    expect(copy.article.headline).toBe('Budget (my version)');
    expect((await store.saveCopy(created)).file).toBe('budget-copy-2.byline.json');
    expect(await library.bytes(file)).toEqual(before);
  });

  it('creates an imported article whole, in one file, under a new id and a slug made unique', async () => {
    const store = library.store();
    const existing = await store.create({ headline: 'Storm closes harbour' });
    const imported = {
      ...existing.article,
      id: 'imported-0001',
      headline: 'Storm closes harbour',
      deck: 'Ferries stay in port.',
      sources: [],
    };

    const first = await store.createFrom(imported);
    const second = await store.createFrom(imported);

    expect([first.file, second.file]).toEqual([
      'storm-closes-harbour-2.byline.json',
      'storm-closes-harbour-3.byline.json',
    ]);
    expect(first.article).toMatchObject({ headline: 'Storm closes harbour', deck: 'Ferries stay in port.' });
    expect(new Set([existing.article.id, first.article.id, second.article.id, 'imported-0001']).size).toBe(4);
    expect(JSON.parse(new TextDecoder().decode(await library.bytes(first.file))).deck).toBe('Ferries stay in port.');
  });

  it('names an imported article past files of the same name in any letter case, and leaves them alone', async () => {
    await library.write('floods-hit-kabul.byline.json', 'an article already here');
    await library.write('Floods-Hit-Kabul-2.byline.json', 'another one');
    const imported = { ...article(), headline: 'Floods hit Kabul', slug: 'floods-hit-kabul' };

    const saved = await library.store().createFrom(imported);

    expect(saved.file).toBe('floods-hit-kabul-3.byline.json');
    expect(new TextDecoder().decode(await library.bytes('floods-hit-kabul.byline.json'))).toBe(
      'an article already here',
    );
  });

  it('leaves the folder as it was when an import cannot be written (disk full)', async () => {
    const store = library.store({ fs: failingFileSystem({ write: 'ENOSPC' }) });

    await expect(store.createFrom({ ...article(), slug: 'floods-hit-kabul' })).rejects.toThrow(
      /disk is full \(ENOSPC\)/,
    );

    expect(await readdir(library.folder)).toEqual([]);
  });

  it('moves a deleted article to the trash, its history with it', async () => {
    const store = library.store();
    const { article: created, file } = await store.create({ headline: 'Retracted' });
    await store.remove(created.id);
    expect(library.trashed).toEqual([join(library.folder, file), join(library.folder, `.${file}.history`)]);
    expect((await refusal(store.open(created.id))).code).toBe('NOT_FOUND');
  });
});
