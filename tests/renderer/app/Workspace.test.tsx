// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../renderer/app/App';
import { article, FakeLibrary } from '../fakeApi';
import { fullApi, opened } from './fullApi';

async function openFirst(library: FakeLibrary) {
  const { api, emit } = fullApi(library, opened);
  render(<App api={api} />);
  fireEvent.click(await screen.findByRole('option', { name: /Council votes/ }, { timeout: 5000 }));
  await screen.findByRole('textbox', { name: 'Headline' }, { timeout: 5000 });
  return { api, emit };
}

function twoArticles() {
  const library = new FakeLibrary();
  library.add({ ...article('article-one', 'Council votes'), section: 'Politics', savedAt: '2025-03-02T09:00:00.000Z' });
  library.add({ ...article('article-two', 'Art fair opens'), section: 'Culture' });
  return library;
}

/** Opens the article's More actions menu and chooses one of its items. */
function chooseMoreAction(name: string) {
  const more = screen.getByRole('button', { name: 'More actions' });
  expect(more.getAttribute('aria-haspopup')).toBe('menu');
  fireEvent.click(more);
  fireEvent.click(within(screen.getByRole('menu')).getByRole('menuitem', { name }));
}

const listed = () =>
  within(screen.getByRole('listbox', { name: 'Articles' }))
    .getAllByRole('option')
    .map((option) => option.querySelector('.option-headline')!.textContent);

describe('Workspace', () => {
  afterEach(() => cleanup());

  it('filters the library by section and sorts it by headline', async () => {
    const { api } = fullApi(twoArticles(), opened);
    render(<App api={api} />);
    await screen.findByRole('option', { name: /Art fair/ }, { timeout: 5000 });
    expect(listed()).toEqual(['Council votes', 'Art fair opens']);
    fireEvent.change(screen.getByRole('combobox', { name: 'Sort by' }), { target: { value: 'headline' } });
    expect(listed()).toEqual(['Art fair opens', 'Council votes']);
    fireEvent.change(screen.getByRole('combobox', { name: 'Filter by section' }), { target: { value: 'Politics' } });
    expect(listed()).toEqual(['Council votes']);
    fireEvent.change(screen.getByRole('combobox', { name: 'Filter by status' }), { target: { value: 'draft' } });
    expect(listed()).toEqual(['Council votes']);
  });

  it('duplicates the open article and opens the copy', async () => {
    const library = twoArticles();
    await openFirst(library);
    fireEvent.change(screen.getByRole('textbox', { name: 'Deck' }), { target: { value: 'A deck worth keeping' } });
    chooseMoreAction('Duplicate');
    await waitFor(() => expect(library.files.size).toBe(3));
    expect(library.files.get('article-one')!.article.deck).toBe('A deck worth keeping');
    const copy = [...library.files.values()].find(({ article: item }) => item.id.startsWith('duplicate'))!.article;
    expect(copy).toMatchObject({ headline: 'Council votes', deck: 'A deck worth keeping', section: 'Politics' });
    await waitFor(() =>
      expect(
        within(screen.getByRole('listbox', { name: 'Articles' }))
          .getByRole('option', { selected: true })
          .getAttribute('data-key'),
      ).toBe(`article:${copy.id}`),
    );
  });

  it('shows the open article in its folder', async () => {
    const { api } = await openFirst(twoArticles());
    chooseMoreAction('Show in folder');
    expect(api.showInFolder).toHaveBeenCalledWith({ file: 'a.byline.json' });
  });

  it('hides the sidebar and details in focus mode, and Escape brings them back', async () => {
    const { emit } = await openFirst(twoArticles());
    expect(screen.getByRole('tablist', { name: 'Article panels' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Focus mode' }));
    expect(screen.queryByRole('navigation', { name: 'Library' })).toBeNull();
    expect(screen.queryByRole('tablist', { name: 'Article panels' })).toBeNull();
    expect(document.documentElement.dataset.focus).toBe('on');
    expect(screen.getByRole('button', { name: 'Focus mode' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(screen.getByRole('navigation', { name: 'Library' })).toBeTruthy();
    expect(document.documentElement.dataset.focus).toBe('off');
    act(() => emit('menuCommand', { command: 'toggleFocusMode' }));
    expect(screen.queryByRole('navigation', { name: 'Library' })).toBeNull();
    fireEvent.keyDown(window, { key: '.', ctrlKey: true });
    expect(screen.getByRole('navigation', { name: 'Library' })).toBeTruthy();
  });

  it('saves settings from the sidebar and applies the theme and sections at once', async () => {
    const { api } = await openFirst(twoArticles());
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    const dialog = await screen.findByRole('dialog', { name: 'Settings' });
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Theme' }), { target: { value: 'light' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Sections' }), {
      target: { value: 'Metro\nPolitics' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Settings' })).toBeNull());
    expect(api.updateSettings).toHaveBeenCalledWith({
      patch: expect.objectContaining({ theme: 'light', sections: ['Metro', 'Politics'] }),
    });
    // The saved settings reach the page through the settings store a moment after the dialog closes.
    await waitFor(() => {
      expect(document.documentElement.dataset.theme).toBe('light');
      const section = screen.getByRole('combobox', { name: 'Section' }) as HTMLSelectElement;
      expect([...section.options].map((option) => option.text)).toEqual(['No section', 'Metro', 'Politics']);
    });
  });

  it('puts the keyboard in the settings dialog and back on the button that opened it', async () => {
    await openFirst(twoArticles());
    const opener = screen.getByRole('button', { name: 'Settings' });
    opener.focus();
    fireEvent.click(opener);
    const dialog = await screen.findByRole('dialog', { name: 'Settings' });
    expect(document.activeElement).toBe(within(dialog).getByRole('textbox', { name: 'Newsroom name' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(document.activeElement).toBe(opener));
  });

  it('opens settings from the menu', async () => {
    const { emit } = await openFirst(twoArticles());
    act(() => emit('menuCommand', { command: 'openSettings' }));
    expect(await screen.findByRole('dialog', { name: 'Settings' })).toBeTruthy();
  });

  describe('a read-only copy (two files carrying one id)', () => {
    const COPY_ID = `copy-${'a'.repeat(32)}`;
    const COPY_REASON =
      'This file carries the same article id as "a.byline.json", which was saved more recently, and so is the article. This one is a copy (made by a file manager or a sync client, or left by an interrupted save): it opens read-only and nothing is saved into it. Keep it as a separate article to go on working on it, or move it to the trash.';

    function libraryWithCopy() {
      const library = new FakeLibrary();
      library.add(article('article-one', 'Council votes'));
      library.add({
        ...article(COPY_ID, 'Council votes, corrected on the other laptop'),
        status: 'published',
        publishedAt: '2025-03-01T10:00:00+00:00',
        updatedAt: '2025-03-01T11:00:00+00:00',
        updates: [
          { id: 'u1', kind: 'correction', at: '2025-03-01T11:00:00+00:00', note: 'The vote was 7–2.', by: 'Amina' },
        ],
      });
      library.readOnly.set(COPY_ID, { code: 'INVALID', message: COPY_REASON });
      return library;
    }

    it('offers Keep as a separate article in its banner, which makes it editable with its corrections kept', async () => {
      const library = libraryWithCopy();
      const { api } = fullApi(library, opened);
      render(<App api={api} />);
      fireEvent.click(await screen.findByRole('option', { name: /other laptop/ }, { timeout: 5000 }));
      const banner = await screen.findByRole('alert');
      expect(banner.textContent).toContain('Read-only.');
      expect(banner.textContent).toContain('Keep it as a separate article');
      expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Headline' }).readOnly).toBe(true);

      fireEvent.click(within(banner).getByRole('button', { name: 'Keep as a separate article' }));

      await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
      expect(library.api.keepAsSeparateArticle).toHaveBeenCalledWith({ id: COPY_ID });
      const headline = screen.getByRole<HTMLInputElement>('textbox', { name: 'Headline' });
      expect({ value: headline.value, readOnly: headline.readOnly }).toEqual({
        value: 'Council votes, corrected on the other laptop',
        readOnly: false,
      });
      const kept = [...library.files.values()].find(({ article: item }) => item.id.startsWith('kept'))!.article;
      expect(kept).toMatchObject({ status: 'published', updates: [{ note: 'The vote was 7–2.' }] });
      await waitFor(() =>
        expect(
          within(screen.getByRole('listbox', { name: 'Articles' }))
            .getByRole('option', { selected: true })
            .getAttribute('data-key'),
        ).toBe(`article:${kept.id}`),
      );
    });

    it('does not offer it for a file that is read-only for another reason (a newer Byline wrote it)', async () => {
      const library = new FakeLibrary();
      library.add(article('newer-article', 'From a newer Byline'));
      library.readOnly.set('newer-article', {
        code: 'NEWER_VERSION',
        message: 'This article was written by a newer version of Byline (format 2). It opens read-only.',
      });
      const { api } = fullApi(library, opened);
      render(<App api={api} />);
      fireEvent.click(await screen.findByRole('option', { name: /newer Byline/ }, { timeout: 5000 }));
      const banner = await screen.findByRole('alert');
      expect(banner.textContent).toContain('newer version of Byline');
      expect(within(banner).queryByRole('button')).toBeNull();
    });
  });
});
