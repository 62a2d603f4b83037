// @vitest-environment jsdom
// While a query is typed the library list shows the search's hits best first ("Best match"), not
// re-sorted by date; the other orders stay a choice away, and the list says when more matched.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ok } from '../../../core/ipc/errors';
import { Sidebar } from '../../../renderer/library/Sidebar';
import { useLibrary, type LibraryApi } from '../../../renderer/library/useLibrary';
import { articleEntry } from './entries';

afterEach(cleanup);

const entry = (id: string, headline: string, savedAt: string) => articleEntry(id, headline, { savedAt });

// The best match is the oldest article, the weakest the newest: a list sorted by date inverts them.
const ENTRIES = [
  entry('council-meets', 'Council meets on harbour plan', '2025-03-03T09:00:00.000Z'),
  entry('ferries-return', 'Ferries return to the harbour', '2025-02-01T09:00:00.000Z'),
  entry('harbour-wall', 'Harbour wall to be rebuilt', '2025-01-01T09:00:00.000Z'),
];
const BEST_FIRST = ['harbour-wall', 'ferries-return', 'council-meets'];

/** The library above; its index answers from headlines alone for the first `building` searches. */
function fakeApi(total: number, building = 0): LibraryApi & { searches: number } {
  const api = {
    searches: 0,
    listLibrary: async () => ok({ entries: ENTRIES, searchReady: building === 0 }),
    searchLibrary: async () => {
      if (++api.searches <= building) {
        const hit = ENTRIES[2] as { id: string; file: string; headline: string };
        return ok({ hits: [{ id: hit.id, file: hit.file, headline: hit.headline, score: 1 }], total: 1, ready: false });
      }
      return ok({
        hits: BEST_FIRST.map((id, n) => ({ id, file: `${id}.byline.json`, headline: id, score: 10 - n })),
        total,
        ready: true,
      });
    },
    onLibraryChanged: () => () => undefined,
  };
  return api;
}

const SHOWN_LIBRARY = { open: true, overlay: false, layout: 'column', setOpen: () => undefined } as const;

function LibrarySidebar({ api }: { api: LibraryApi }) {
  const library = useLibrary(api);
  return (
    <Sidebar
      library={library}
      part={SHOWN_LIBRARY}
      selectedKey={null}
      onOpen={() => undefined}
      onNew={() => undefined}
      onSettings={() => undefined}
      sections={[]}
    />
  );
}

const listed = () =>
  within(screen.getByRole('listbox', { name: 'Articles' }))
    .getAllByRole('option')
    .map((option) => option.getAttribute('data-key')?.replace('article:', ''));
const sortBy = () => screen.getByRole<HTMLSelectElement>('combobox', { name: 'Sort by' });
const orderNames = () => [...sortBy().options].map((option) => option.text);
const search = (query: string) =>
  fireEvent.change(screen.getByLabelText('Search articles'), { target: { value: query } });

describe('the library list while searching', () => {
  it('orders by Best match as soon as a query is typed, the best hit on top whatever its date', async () => {
    render(<LibrarySidebar api={fakeApi(3)} />);
    await waitFor(() => expect(listed()).toEqual(['council-meets', 'ferries-return', 'harbour-wall']));
    expect(orderNames()).toEqual(['Last saved', 'Headline', 'Due soonest']);

    search('harbour');

    await waitFor(() => expect(listed()).toEqual(BEST_FIRST));
    expect(sortBy().selectedOptions[0]?.text).toBe('Best match');
    expect(orderNames()).toEqual(['Best match', 'Last saved', 'Headline', 'Due soonest']);
  });

  it('keeps the other orders a choice away, and gives the list its own order back when the query is cleared', async () => {
    render(<LibrarySidebar api={fakeApi(3)} />);
    search('harbour');
    await waitFor(() => expect(listed()).toEqual(BEST_FIRST));

    fireEvent.change(sortBy(), { target: { value: 'savedAt' } });
    expect(listed()).toEqual(['council-meets', 'ferries-return', 'harbour-wall']);

    search('');
    expect(sortBy().selectedOptions[0]?.text).toBe('Last saved');
    fireEvent.change(sortBy(), { target: { value: 'headline' } });
    search('harbour wall');
    await waitFor(() => expect(listed()).toEqual(BEST_FIRST));
    expect(sortBy().selectedOptions[0]?.text).toBe('Best match');
    search('');
    expect(sortBy().selectedOptions[0]?.text).toBe('Headline');
  });

  it('turns from the headline matches to the ranked hits once the index is built, without another keystroke', async () => {
    const api = fakeApi(3, 2);
    render(<LibrarySidebar api={api} />);
    search('wall');
    await waitFor(() => expect(listed()).toEqual(['harbour-wall']));

    await waitFor(() => expect(listed()).toEqual(BEST_FIRST), { timeout: 5000 });
    expect(api.searches).toBe(3);
  });

  it('says when more articles match than are listed, and nothing when all are', async () => {
    const { unmount } = render(<LibrarySidebar api={fakeApi(132)} />);
    search('harbour');
    expect(await screen.findByRole('status')).toHaveProperty(
      'textContent',
      'The 3 best of 132 matches are listed. Add a word to narrow the search.',
    );
    unmount();

    render(<LibrarySidebar api={fakeApi(3)} />);
    search('harbour');
    await waitFor(() => expect(listed()).toEqual(BEST_FIRST));
    expect(screen.queryByRole('status')).toBeNull();
  });
});
