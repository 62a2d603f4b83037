// The article store puts every write on the history (who and why), and a history it cannot write
// never costs the reporter a save.
import { chmod, mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleHistory, historyPathFor } from '../../../../electron/library/history/history-store';
import { article, NOW, testLibrary, type TestLibrary } from '../fixtures/library';
import { serializeArticle } from '../../../../core/article/serialize';
import { paragraphs } from '../../../builders/body';

let library: TestLibrary;
beforeEach(async () => {
  library = await testLibrary();
});
afterEach(() => library.remove());

describe('the store and the history', () => {
  it('records the creation, a save with its reason and person, and a stamp', async () => {
    const store = library.store({ user: () => 'Ana Reporter' });
    const created = await store.create({ headline: 'Harbour closes' });
    const saved = await store.save(
      { ...created.article, body: paragraphs('The harbour closed at noon.') },
      created.revision,
      { by: 'Ben Editor', reason: 'stage' },
    );
    await store.rewrite(saved.file, (read) => (read.ok ? { ...read.article, deck: 'Until Monday.' } : created.article));
    const history = articleHistory(library.folder);
    const { revisions, problem } = await history.list(created.file);
    expect(problem).toBeNull();
    expect(revisions).toEqual([
      { rev: 1, at: NOW, by: 'Ana Reporter', reason: 'create', words: 0 },
      { rev: 2, at: NOW, by: 'Ben Editor', reason: 'stage', words: 5 },
      { rev: 3, at: NOW, by: 'Ana Reporter', reason: 'stamp', words: 5 },
    ]);
    expect(await history.read(created.file, 2)).toEqual(saved.article);
  });

  it('starts the history of an imported file with an import revision', async () => {
    const store = library.store({ user: () => 'Ana Reporter' });
    const imported = article({ id: 'article-0042', slug: 'harbour-closes', body: paragraphs('Imported words here.') });
    const bytes = new TextEncoder().encode(serializeArticle(imported));
    const placed = await store.createFromBytes({ id: imported.id, slug: imported.slug, bytes }, () => bytes);
    const history = articleHistory(library.folder);
    expect((await history.list(placed.file)).revisions).toEqual([
      { rev: 1, at: NOW, by: 'Ana Reporter', reason: 'import', words: 3 },
    ]);
    expect(await history.read(placed.file, 1)).toEqual(imported);
  });

  it('keeps the history of a private article as private as the article', async () => {
    const store = library.store();
    const created = await store.create({ headline: 'Harbour closes' });
    const path = join(library.folder, created.file);
    await rm(historyPathFor(path));
    await chmod(path, 0o600);
    const opened = await store.open(created.article.id);
    await store.save({ ...opened.article, deck: 'Until Monday.' }, opened.revision);
    expect((await stat(historyPathFor(path))).mode & 0o777).toBe(0o600);
  });

  it('moves the history with the article when a new slug renames its file', async () => {
    const store = library.store({ user: () => 'Ana Reporter' });
    const created = await store.create({ headline: 'Harbour closes' });
    const renamed = await store.save({ ...created.article, slug: 'harbour-shut' }, created.revision, {
      reason: 'edit',
    });
    expect(renamed.file).toBe('harbour-shut.byline.json');
    const { revisions } = await articleHistory(library.folder).list(renamed.file);
    expect(revisions.map((r) => r.reason)).toEqual(['create', 'edit']);
    expect((await readdir(library.folder)).sort()).toEqual([`.${renamed.file}.history`, renamed.file]);
  });

  it('saves the article when its history cannot be written, and says why', async () => {
    const problems: string[] = [];
    const store = library.store({ onHistoryProblem: (file, problem) => problems.push(`${file}: ${problem}`) });
    const created = await store.create({ headline: 'Harbour closes' });
    // Something that is not a file stands where the history goes.
    const history = historyPathFor(join(library.folder, created.file));
    await rm(history);
    await mkdir(history);
    const saved = await store.save({ ...created.article, deck: 'Until Monday.' }, created.revision);
    expect((await library.json(created.file))['deck']).toBe('Until Monday.');
    expect(saved.article.deck).toBe('Until Monday.');
    expect(problems).toEqual([
      expect.stringMatching(/^harbour-closes\.byline\.json: The history .* could not be read/u),
    ]);
    expect(await articleHistory(library.folder).list(created.file)).toMatchObject({
      revisions: [],
      problem: expect.stringMatching(/could not be read/u) as unknown,
    });
  });

  it('starts a fresh history for a new article under the name of one deleted outside Byline, keeping the old one aside', async () => {
    const store = library.store({ user: () => 'Ana Reporter' });
    const first = await store.create({ headline: 'Harbour closes' });
    // A file manager deletes the article and leaves the hidden history behind.
    await rm(join(library.folder, first.file));
    const second = await store.create({ headline: 'Harbour closes' });
    expect(second.file).toBe(first.file);
    const { revisions } = await articleHistory(library.folder).list(second.file);
    expect(revisions).toHaveLength(1);
    expect((await articleHistory(library.folder).read(second.file, 1)).id).toBe(second.article.id);
    expect((await readdir(library.folder)).filter((name) => /\.history\.\d+\.old$/u.test(name))).toHaveLength(1);
  });
});
