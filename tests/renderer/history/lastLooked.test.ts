// "Changes since I last looked": a visit remembers what the person had seen and marks the newest
// seen; leaving a closed article records it as left (only if the history lacks it) and marks it
// seen; another name at the keyboard has a last look of their own.
import { describe, expect, it } from 'vitest';
import { LastLooked } from '../../../renderer/history/lastLooked';
import { article, FakeLibrary, paragraphs } from '../fakeApi';
import { FakeHistory } from './fakeHistory';

const ID = 'article-look1';

function looking() {
  const library = new FakeLibrary();
  const start = article(ID, 'Sea wall', paragraphs('The council voted.'));
  library.add(start);
  const history = new FakeHistory(library);
  history.record(start);
  return { library, history, looked: new LastLooked(history.api) };
}

describe('what each person last looked at', () => {
  it('remembers the revision seen before this visit and marks the newest seen, for each name apart', async () => {
    const { history, looked } = looking();
    history.record(article(ID, 'Sea wall', paragraphs('The council voted on Monday.')));
    history.seen.set('Dana Whitfield', 1);
    await looked.visit(ID, 'Dana Whitfield');
    await looked.visit(ID, 'Amina Rahimi');
    expect(looked.seenBefore(ID, 'Dana Whitfield')).toBe(1);
    expect(looked.seenBefore(ID, 'Amina Rahimi')).toBeNull();
    expect(history.seen).toEqual(
      new Map([
        ['Dana Whitfield', 2],
        ['Amina Rahimi', 2],
      ]),
    );
  });

  it('records the article as it is left at close, once, and marks that revision seen', async () => {
    const { library, history, looked } = looking();
    await looked.visit(ID, 'Dana Whitfield');
    library.rewriteOnDisk(ID, { headline: 'Council rebuilds the sea wall' });
    await looked.leave(ID, 'Dana Whitfield', true);
    expect(history.revisions.map((revision) => revision.reason)).toEqual(['edit', 'close']);
    expect(history.seen.get('Dana Whitfield')).toBe(2);
    expect(looked.seenBefore(ID, 'Dana Whitfield')).toBeUndefined();
    await looked.leave(ID, 'Dana Whitfield', true);
    expect(history.revisions).toHaveLength(2);
  });

  it('keeps no record for nobody: without a name nothing is marked seen', async () => {
    const { history, looked } = looking();
    await looked.visit(ID, '  ');
    await looked.leave(ID, '', false);
    expect(history.seen.size).toBe(0);
    expect(history.api.listRevisions).not.toHaveBeenCalled();
  });
});
