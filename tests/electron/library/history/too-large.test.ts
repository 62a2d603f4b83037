// An article too large for a history is saved all the same, with no history and one clear reason.
import { readdir } from 'node:fs/promises';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { MAX_ARTICLE_FOR_HISTORY } from '../../../../electron/library/history/history-store';
import { doc, p } from '../../../builders/body';
import { testLibrary, type TestLibrary } from '../fixtures/library';

let library: TestLibrary;
beforeEach(async () => {
  library = await testLibrary();
});
afterEach(() => library.remove());

it('saves an article over the history’s limit, keeps no revision of it and says why', async () => {
  const problems: string[] = [];
  const store = library.store({ onHistoryProblem: (_file, problem) => problems.push(problem) });
  const created = await store.create({ headline: 'Council minutes' });
  const paragraph = 'The council heard from every resident who asked to speak. '.repeat(40);
  const paragraphs = Array.from({ length: Math.ceil(MAX_ARTICLE_FOR_HISTORY / paragraph.length) + 10 }, () =>
    p(paragraph),
  );
  const saved = await store.save({ ...created.article, body: doc(...paragraphs) }, created.revision);
  expect((await library.json(saved.file)) as { body: unknown }).toMatchObject({ body: { type: 'doc' } });
  expect(problems).toEqual([
    expect.stringMatching(
      /MB, too large for its history \(revisions are kept for articles up to 2 MB\); the article itself is saved\.$/,
    ),
  ]);
  expect((await readdir(library.folder)).sort()).toEqual([`.${created.file}.history`, created.file]);
});
