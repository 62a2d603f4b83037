// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ok } from '../../../core/ipc/errors';
import { App } from '../../../renderer/app/App';
import { article, FakeLibrary, paragraphs } from '../fakeApi';
import { fullApi, opened } from './fullApi';

describe('App', () => {
  afterEach(() => cleanup());

  it('offers the proposed folder on first start and moves on once it is chosen', async () => {
    const library = new FakeLibrary();
    const { api } = fullApi(library, { ...opened, folder: null });
    render(<App api={api} />);
    expect(await screen.findByRole('heading', { name: 'Choose a library folder' })).toBeTruthy();
    expect(screen.getByText('/home/reporter/Documents/Byline')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Use this folder' }));
    expect(await screen.findByRole('navigation', { name: 'Library' })).toBeTruthy();
    expect(api.setupLibrary).toHaveBeenCalledWith({ choice: 'proposed' });
  });

  it('lists articles, opens one, and shows its headline, save state, window title and theme', async () => {
    const library = new FakeLibrary();
    library.add(article('article-one', 'Council votes', paragraphs('The council voted.')));
    const { api } = fullApi(library, opened);
    render(<App api={api} />);
    const option = await screen.findByRole('option', { name: /Council votes/ });
    expect(option.textContent).toMatch(/Draft/);
    expect(option.textContent).toMatch(/0 words/);
    fireEvent.click(option);
    const headline = (await screen.findByRole('textbox', { name: 'Headline' })) as HTMLTextAreaElement;
    expect(headline.value).toBe('Council votes');
    expect(screen.getByRole('status', { name: 'Save state' }).textContent).toBe('Saved');
    expect(screen.getByRole('textbox', { name: 'Article body' }).textContent).toBe('The council voted.');
    expect(document.title).toBe('Council votes — Byline');
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    fireEvent.change(headline, { target: { value: 'Council votes\nno' } });
    expect(headline.value).toBe('Council votes no');
    expect(screen.getByRole('status', { name: 'Save state' }).textContent).toBe('Unsaved changes');
    expect(document.title).toBe('• Council votes no — Byline');
  });

  it('shows why an unreadable file cannot be opened and offers to show it in the folder', async () => {
    const library = new FakeLibrary();
    library.api.listLibrary.mockResolvedValue(
      ok({
        entries: [
          {
            kind: 'unreadable',
            file: 'broken.byline.json',
            error: { code: 'NOT_JSON', message: 'The file is not complete JSON.' },
          },
        ],
        searchReady: false,
      }),
    );
    const { api } = fullApi(library, opened);
    render(<App api={api} />);
    const option = await screen.findByRole('option', { name: /broken\.byline\.json/ });
    expect(option.textContent).toMatch(/Can't open/);
    fireEvent.click(option);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/not complete JSON/);
    fireEvent.click(screen.getByRole('button', { name: 'Show in folder' }));
    expect(api.showInFolder).toHaveBeenCalledWith({ file: 'broken.byline.json' });
  });

  it('offers a crash backup back with its headline and text', async () => {
    const library = new FakeLibrary();
    library.add(article('article-one', 'Council votes', paragraphs('Old')));
    library.backups = [
      {
        id: 'article-one',
        seq: 3,
        at: '2025-03-01T09:05:00.000Z',
        article: article('article-one', 'Council votes late', paragraphs('Typed just before the crash')),
      },
    ];
    const { api } = fullApi(library, opened);
    render(<App api={api} />);
    const dialog = await screen.findByRole('dialog', { name: 'Recover unsaved changes' });
    expect(dialog.textContent).toMatch(/Council votes late/);
    expect(dialog.textContent).toMatch(/Typed just before the crash/);
    fireEvent.click(screen.getByRole('button', { name: 'Restore' }));
    const headline = (await screen.findByRole('textbox', { name: 'Headline' })) as HTMLTextAreaElement;
    await waitFor(() => expect(headline.value).toBe('Council votes late'));
    expect(screen.getByRole('status', { name: 'Save state' }).textContent).toBe('Unsaved changes');
  });

  it('flushes the open article and then says it is ready to close', async () => {
    const library = new FakeLibrary();
    library.add(article('article-one', 'Council votes'));
    const { api, emit } = fullApi(library, opened);
    render(<App api={api} />);
    fireEvent.click(await screen.findByRole('option', { name: /Council votes/ }));
    fireEvent.change(await screen.findByRole('textbox', { name: 'Headline' }), {
      target: { value: 'Council votes again' },
    });
    await act(async () => emit('beforeClose', {}));
    await waitFor(() => expect(api.readyToClose).toHaveBeenCalled());
    expect(library.files.get('article-one')!.article.headline).toBe('Council votes again');
  });
});
