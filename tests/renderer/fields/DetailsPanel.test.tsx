// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ArticleHead } from '../../../renderer/fields/ArticleHead';
import { DetailsPanel } from '../../../renderer/fields/DetailsPanel';
import { ArticleSession } from '../../../renderer/session/articleSession';
import { article, FakeLibrary, paragraphs } from '../fakeApi';

const settings = { sections: ['News', 'Politics'], timeZone: 'Europe/Berlin' };

function setup(stored = article('article-one', 'Council votes')) {
  const library = new FakeLibrary();
  const opened = library.add(stored);
  let body = 'Body';
  const session = new ArticleSession({ opened, api: library.api, readBody: () => paragraphs(body) });
  const commits = { head: 0, details: 0 };
  render(
    <>
      <Profiler id="head" onRender={() => commits.head++}>
        <ArticleHead
          session={session}
          headlineLimit={20}
          onHeadlineEnter={() => undefined}
          onLeaveField={() => undefined}
        />
      </Profiler>
      <Profiler id="details" onRender={() => commits.details++}>
        <DetailsPanel session={session} settings={settings} onLeaveField={() => undefined} />
      </Profiler>
    </>,
  );
  const typeInBody = (text: string) => {
    body = text;
    session.bodyEdited();
  };
  return { library, session, commits, typeInBody, stored: () => library.files.get('article-one')!.article };
}

const type = (name: string, value: string) =>
  fireEvent.change(screen.getByRole('textbox', { name }), { target: { value } });

describe('the article fields', () => {
  afterEach(() => cleanup());

  it('stores every field the reporter fills in the saved article', async () => {
    const { session, stored } = setup();
    type('Kicker', 'Exclusive');
    type('Headline', 'Council votes to close the bridge');
    type('Deck', 'The vote was close.');
    fireEvent.change(screen.getByRole('combobox', { name: 'Section' }), { target: { value: 'Politics' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add byline' }));
    type('Byline 1 name', 'Ana Ruiz');
    type('Byline 1 role', 'Staff reporter');
    fireEvent.click(screen.getByRole('button', { name: 'Add byline' }));
    type('Byline 2 name', 'Li Wei');
    type('Dateline', 'KABUL');
    fireEvent.change(screen.getByRole('combobox', { name: 'Dateline time zone' }), { target: { value: 'Asia/Kabul' } });
    type('Tags', 'council, bridges, Council, ');
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Length target (words)' }), { target: { value: '800' } });
    type('Internal note', 'Check the count with the clerk.');
    await act(() => session.save());
    expect(stored()).toMatchObject({
      kicker: 'Exclusive',
      headline: 'Council votes to close the bridge',
      deck: 'The vote was close.',
      section: 'Politics',
      bylines: [
        { name: 'Ana Ruiz', role: 'Staff reporter' },
        { name: 'Li Wei', role: null },
      ],
      dateline: { place: 'KABUL', timeZone: 'Asia/Kabul' },
      tags: ['council', 'bridges'],
      slug: 'council-votes-to-close-the-bridge',
      lengthTarget: 800,
      internalNote: 'Check the count with the clerk.',
    });
    expect((screen.getByRole('textbox', { name: 'Tags' }) as HTMLInputElement).value).toBe(
      'council, bridges, Council, ',
    );
    expect(screen.getByText('Only editors see this. It is never exported.')).toBeTruthy();
  });

  it('removes a byline row and keeps the others', async () => {
    const { session, stored } = setup({
      ...article('article-one', 'Council votes'),
      bylines: [
        { name: 'Ana', role: null },
        { name: 'Li', role: 'Additional reporting' },
      ],
    });
    const group = screen.getByRole('group', { name: 'Bylines' });
    fireEvent.click(within(group).getByRole('button', { name: 'Remove byline 1' }));
    expect((screen.getByRole('textbox', { name: 'Byline 1 name' }) as HTMLInputElement).value).toBe('Li');
    await act(() => session.save());
    expect(stored().bylines).toEqual([{ name: 'Li', role: 'Additional reporting' }]);
  });

  it('lets the slug follow the headline until the reporter types one, and follow again when ticked', () => {
    setup();
    const slug = screen.getByRole('textbox', { name: 'Slug' }) as HTMLInputElement;
    const follows = screen.getByRole('checkbox', { name: 'Slug follows headline' }) as HTMLInputElement;
    type('Headline', 'Floods in Zürich');
    expect(slug.value).toBe('floods-in-zurich');
    expect(follows.checked).toBe(true);
    type('Slug', 'flood-');
    expect(slug.value).toBe('flood-');
    expect(follows.checked).toBe(false);
    type('Headline', 'Floods in Zürich: the clean-up');
    expect(slug.value).toBe('flood-');
    fireEvent.click(follows);
    expect(follows.checked).toBe(true);
    expect(slug.value).toBe('floods-in-zurich-the-clean-up');
  });

  it('warns about a length target that is not a positive whole number and does not store it', async () => {
    const { session, stored } = setup({ ...article('article-one', 'Council votes'), lengthTarget: 600 });
    const target = screen.getByRole('spinbutton', { name: 'Length target (words)' });
    fireEvent.change(target, { target: { value: '-40' } });
    expect(screen.getByRole('alert').textContent).toBe('Length target must be a positive whole number of words.');
    expect(session.getFields().lengthTarget).toBe(600);
    fireEvent.change(target, { target: { value: '' } });
    expect(screen.queryByRole('alert')).toBeNull();
    await act(() => session.save());
    expect(stored().lengthTarget).toBeNull();
  });

  it('counts the headline and warns past the limit from settings', () => {
    setup();
    expect(screen.getByRole('status', { name: 'Headline length' }).textContent).toBe('13 / 20');
    type('Headline', 'Council votes to close the bridge');
    expect(screen.getByRole('status', { name: 'Headline length' }).textContent).toBe('33 / 20');
    expect(screen.getByText('Headline is longer than 20 characters').getAttribute('role')).toBe('status');
  });

  it('keeps a section no longer in settings as an extra choice', () => {
    setup({ ...article('article-one', 'Council votes'), section: 'Obituaries' });
    const section = screen.getByRole('combobox', { name: 'Section' }) as HTMLSelectElement;
    expect([...section.options].map((option) => option.text)).toEqual(['No section', 'News', 'Politics', 'Obituaries']);
    expect(section.value).toBe('Obituaries');
    const zone = screen.getByRole('combobox', { name: 'Dateline time zone' }) as HTMLSelectElement;
    expect(zone.options[0]!.text).toBe('Newsroom time zone (Europe/Berlin)');
  });

  it('commits no field component while the reporter types in the body', () => {
    const { commits, typeInBody } = setup();
    const before = { ...commits };
    act(() => {
      for (let key = 0; key < 50; key++) typeInBody(`Body ${key}`);
    });
    expect(commits).toEqual(before);
    type('Kicker', 'Live');
    expect(commits.head).toBeGreaterThan(before.head);
  });
});
