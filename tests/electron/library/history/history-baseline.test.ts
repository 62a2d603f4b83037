// An article written before histories existed keeps its words on the record: the first write
// through the store puts the text as it was on disk in the history before replacing it.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { serializeArticle } from '../../../../core/article/serialize';
import { articleHistory } from '../../../../electron/library/history/history-store';
import { doc, p } from '../../../builders/body';
import { article, testLibrary, type TestLibrary } from '../fixtures/library';

const FILE = 'city-budget.byline.json';
let library: TestLibrary;
beforeEach(async () => {
  library = await testLibrary();
});
afterEach(() => library.remove());

it('a file without a history gets its text as it was as revision 1, before the first change as revision 2', async () => {
  const old = article({ body: doc(p('The council voted seven to two.')) });
  await library.write(FILE, serializeArticle(old));
  const store = library.store();
  await store.rewrite(
    FILE,
    (read) => ({ ...(read.ok ? read.article : old), body: doc(p('The council voted.')) }),
    'save',
    {
      by: 'Editor',
      reason: 'accept',
    },
  );
  const history = articleHistory(library.folder);
  const { revisions, problem } = await history.list(FILE);
  expect(problem).toBeNull();
  expect(revisions.map(({ rev, by, reason, at }) => ({ rev, by, reason, at }))).toEqual([
    { rev: 1, by: '', reason: 'earlier', at: old.savedAt },
    { rev: 2, by: 'Editor', reason: 'accept', at: expect.any(String) },
  ]);
  expect((await history.read(FILE, 1)).body).toEqual(old.body);
});

it('a deleted history starts again from the text on disk at the next save', async () => {
  const store = library.store();
  const created = await store.create({ headline: 'Storm warning' });
  await rm(join(library.folder, `.${created.file}.history`));
  await store.save({ ...created.article, deck: 'Gales tonight.' }, created.revision);
  const { revisions } = await articleHistory(library.folder).list(created.file);
  expect(revisions.map(({ rev }) => rev)).toEqual([1, 2]);
  expect((await articleHistory(library.folder).read(created.file, 1)).deck).toBe('');
});
