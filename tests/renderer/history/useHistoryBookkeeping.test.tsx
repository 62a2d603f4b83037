// @vitest-environment jsdom
// The workspace's history bookkeeping: opening an article is a look by whoever is named in
// Settings; opening another closes the first, which the history records as left; another name at
// the keyboard is another look, and the one before has seen the article as it stood.
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useHistoryBookkeeping } from '../../../renderer/history/useHistoryBookkeeping';
import type { BodyPort } from '../../../renderer/session/bodyPort';
import { Desk } from '../../../renderer/session/desk';
import { article, FakeLibrary, paragraphs } from '../fakeApi';
import { FakeHistory } from './fakeHistory';

afterEach(cleanup);

function world() {
  const library = new FakeLibrary();
  const first = article('article-keep1', 'Sea wall', paragraphs('The council voted.'));
  library.add(first);
  library.add(article('article-keep2', 'Ferry fares', paragraphs('Fares rise in May.')));
  const history = new FakeHistory(library);
  history.record(first);
  let body = first.body;
  const port: BodyPort = {
    load: (next) => {
      body = next;
      return null;
    },
    read: () => body,
    setEditable: () => undefined,
  };
  const api = { ...library.api, ...history.api };
  const desk = new Desk({ api, body: port });
  return { library, history, api, desk };
}

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

describe('the history bookkeeping of the workspace', () => {
  it('marks what the person named has seen, and records the article as it was left when another opens', async () => {
    const { library, history, api, desk } = world();
    const { rerender } = renderHook(({ name }) => useHistoryBookkeeping(api, desk, name), {
      initialProps: { name: 'Dana Whitfield' },
    });
    await act(() => desk.open('article-keep1'));
    await settle();
    expect(history.seen.get('Dana Whitfield')).toBe(1);

    // Written without a revision (another program, say): closing records it.
    library.rewriteOnDisk('article-keep1', { headline: 'Council rebuilds the sea wall' });
    rerender({ name: 'Amina Rahimi' });
    await settle();
    expect(history.seen.get('Amina Rahimi')).toBe(1);
    expect(history.revisions).toHaveLength(1);

    await act(() => desk.open('article-keep2'));
    await settle();
    expect(history.revisions.map(({ reason, article: { headline } }) => [reason, headline])).toEqual([
      ['edit', 'Sea wall'],
      ['close', 'Council rebuilds the sea wall'],
    ]);
    expect(history.seen.get('Amina Rahimi')).toBe(2);
    expect(history.seen.get('Dana Whitfield')).toBe(1);
  });
});
