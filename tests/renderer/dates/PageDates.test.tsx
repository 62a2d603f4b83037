// @vitest-environment jsdom
// The dates an imported page gave, in the Dates panel: shown apart from the record as the page's
// day (never a midnight), adopted or cleared on the record, and a publish stamp "Now" that goes
// through and says beforehand that it clears them. Stamp dialogs remember the name typed.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { PageDates } from '../../../core/article/page-dates';
import { closeDatesDesks, datesDesk, NEW_YORK_SETTINGS, readyArticle } from './datesDesk';

afterEach(() => {
  cleanup();
  closeDatesDesks();
});

const dates = () => screen.getByRole('region', { name: 'Dates' });
const fromPage = (published: string | null, updated: string | null): PageDates => ({
  from: 'stoltenberg.txt (web page text)',
  published: published === null ? null : { date: published, settled: null },
  updated: updated === null ? null : { date: updated, settled: null },
});
const seed = () => readyArticle({ pageDates: fromPage(null, '2021-02-18') });
const dialogNamed = (name: string) => screen.getByRole('dialog', { name });
const click = (within_: HTMLElement, name: string) => fireEvent.click(within(within_).getByRole('button', { name }));

describe('the page’s dates in the Dates panel', () => {
  it('shows the seed’s “Last Updated On” as the day alone, apart from the record, with no Adopt until published', () => {
    datesDesk(seed());
    const group = screen.getByRole('group', { name: 'Dates from the imported page' });

    expect(group.textContent).toBe('Last Updated On: Feb. 18, 2021');
    expect(within(group).getByText('Last Updated On: Feb. 18, 2021').getAttribute('datetime')).toBe('2021-02-18');
    expect(within(dates()).getByText('No updates stamped.')).toBeTruthy();
    expect(within(dates()).queryByRole('button', { name: 'Adopt the page’s dates' })).toBeNull();
    expect(within(dates()).getByText(/The page gave no publication date/).textContent).toContain(
      'on or before Feb. 18, 2021',
    );
  });

  it('stamps as published “Now” with no override, saying first that the page’s day is cleared, and records it', async () => {
    const { onDisk } = datesDesk(seed());
    click(dates(), 'Stamp as published');
    const dialog = dialogNamed('Stamp as published');
    expect(within(dialog).getByRole('note').textContent).toMatch(
      /^This stamp clears “Last Updated On: Feb\. 18, 2021” from the imported page, on the record/,
    );

    click(dialog, 'Stamp as published');

    await waitFor(() => expect(onDisk().status).toBe('published'));
    expect(onDisk()).toMatchObject({ updatedAt: null, updates: [] });
    expect(onDisk().pageDates?.updated?.settled).toMatchObject({ as: 'cleared', by: 'Dana Whitfield' });
    const decisions = screen.getByRole('list', { name: "Decisions on the page's dates" });
    expect(decisions.textContent).toMatch(/^Last updated Feb\. 18, 2021: clearedby Dana Whitfield, at /);
    expect(screen.queryByRole('group', { name: 'Dates from the imported page' })).toBeNull();
  });

  it('adopts both of a page’s days: the date lines print them without a time, and the record says who', async () => {
    const { onDisk } = datesDesk(readyArticle({ pageDates: fromPage('2021-02-17', '2021-02-18') }));
    click(dates(), 'Adopt the page’s dates');
    const dialog = dialogNamed('Adopt the page’s dates');
    expect(
      within(dialog)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      "“Published Feb. 17, 2021” becomes the article's publication time (a publish stamp on the record).",
      '“Last Updated On: Feb. 18, 2021” becomes an update in the updates log.',
    ]);

    click(dialog, 'Adopt them');

    await waitFor(() => expect(onDisk().status).toBe('published'));
    const lines = screen.getByRole('group', { name: 'Date lines' });
    expect(within(lines).getByText('Published Feb. 17, 2021')).toBeTruthy();
    expect(within(lines).getByText('Last Updated On: Feb. 18, 2021')).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Publish stamps' }).textContent).toContain(
      "Stamped as published: Feb. 17, 2021 (the imported page's day, no time given)",
    );
  });

  it('clears the page’s dates behind a red button, leaving the article’s own dates alone', async () => {
    const { onDisk } = datesDesk(seed());
    const clear = within(dates()).getByRole('button', { name: 'Clear the page’s dates' });
    expect(clear.className).toBe('danger');
    fireEvent.click(clear);
    const dialog = dialogNamed('Clear the page’s dates');
    expect(within(dialog).getByRole('button', { name: 'Clear them' }).className).toBe('danger');
    expect(within(dialog).getByRole('button', { name: 'Cancel' }).className).toBe('quiet');

    click(dialog, 'Clear them');

    await waitFor(() => expect(onDisk().pageDates?.updated?.settled?.as).toBe('cleared'));
    expect(onDisk()).toMatchObject({ status: 'draft', publishedAt: null, updatedAt: null });
  });
});

describe('the stamp dialogs', () => {
  it('offer the default byline as the name, and the name typed last in the next dialog', async () => {
    const settings = { ...NEW_YORK_SETTINGS, yourName: '', defaultByline: 'Amina Rahimi' };
    const { onDisk } = datesDesk(readyArticle(), settings);
    click(dates(), 'Stamp as published');
    const publish = dialogNamed('Stamp as published');
    expect((within(publish).getByLabelText('Your name') as HTMLInputElement).value).toBe('Amina Rahimi');
    fireEvent.change(within(publish).getByLabelText('Your name'), { target: { value: 'Sam Okoro' } });
    click(publish, 'Stamp as published');
    await waitFor(() => expect(onDisk().publishStamps[0]?.by).toBe('Sam Okoro'));

    click(dates(), 'Stamp an update');
    const update = dialogNamed('Stamp an update');
    expect((within(update).getByLabelText('Your name') as HTMLInputElement).value).toBe('Sam Okoro');
  });

  it('show the record’s times in words on the newsroom clock, the exact instant kept for machines', () => {
    datesDesk(
      readyArticle({
        status: 'published',
        publishedAt: '2021-02-18T21:14:00-05:00',
        publishStamps: [
          {
            id: 'p1',
            kind: 'published',
            publishedAt: '2021-02-18T21:14:00-05:00',
            previous: null,
            stampedAt: '2021-02-18T21:15:30-05:00',
            by: 'Dana Whitfield',
            reason: null,
            override: null,
          },
        ],
      }),
    );
    const record = screen.getByRole('list', { name: 'Publish stamps' });

    expect(record.textContent).toBe(
      'Stamped as published: Feb. 18, 2021, 9:14 p.m. ESTby Dana Whitfield, at Feb. 18, 2021, 9:15:30 p.m. EST',
    );
    expect(within(record).getByText('Feb. 18, 2021, 9:14 p.m. EST').getAttribute('datetime')).toBe(
      '2021-02-18T21:14:00-05:00',
    );
  });

  it('style Cancel as the quiet way out and the stamp as the main action', () => {
    datesDesk();
    click(dates(), 'Stamp as published');
    const dialog = dialogNamed('Stamp as published');
    expect(within(dialog).getByRole('button', { name: 'Cancel' }).className).toBe('quiet');
    expect(within(dialog).getByRole('button', { name: 'Stamp as published' }).className).toBe('');
  });
});
