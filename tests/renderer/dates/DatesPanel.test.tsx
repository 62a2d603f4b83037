// @vitest-environment jsdom
// The Dates panel: stamps go through the core's rules, are saved at once, refused ones change
// nothing, and the panel prints the date lines exactly as the export does.
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { dateLines } from '../../../core/dates/date-lines';
import { wallTimeToInstant } from '../../../core/dates/zones';
import { paragraphs } from '../fakeApi';
import { closeDatesDesks, datesDesk, NEW_YORK_SETTINGS, readyArticle } from './datesDesk';

afterEach(() => {
  cleanup();
  closeDatesDesks();
});

const dates = () => screen.getByRole('region', { name: 'Dates' });
const openDialog = (action: string) => {
  fireEvent.click(within(dates()).getByRole('button', { name: action }));
  return screen.getByRole('dialog', { name: action.replace('…', '') });
};
const submit = (dialog: HTMLElement, label: string) =>
  fireEvent.click(within(dialog).getByRole('button', { name: label }));
const pickTime = (dialog: HTMLElement, wall: string) => {
  fireEvent.click(within(dialog).getByRole('radio', { name: 'At a date and time' }));
  fireEvent.change(within(dialog).getByLabelText('Date and time (America/New_York)'), { target: { value: wall } });
};

describe('the Dates panel', () => {
  it('stamps as published at a picked time on the newsroom clock, saves at once and prints the line as dateLines does', async () => {
    const { onDisk, library } = datesDesk();
    expect(within(dates()).getByText('Not stamped as published yet.')).toBeTruthy();
    const dialog = openDialog('Stamp as published');
    pickTime(dialog, '2021-02-18T21:14');
    submit(dialog, 'Stamp as published');
    const expected = wallTimeToInstant({ year: 2021, month: 2, day: 18, hour: 21, minute: 14 }, 'America/New_York');
    expect(expected).toBe('2021-02-18T21:14:00-05:00');
    await waitFor(() => expect(onDisk().publishedAt).toBe(expected));
    expect(library.api.saveArticle).toHaveBeenCalledTimes(1);
    expect(onDisk()).toMatchObject({ status: 'published', updatedAt: null });
    expect(onDisk().publishStamps).toEqual([
      expect.objectContaining({ kind: 'published', publishedAt: expected, by: 'Dana Whitfield', override: null }),
    ]);
    const line = dateLines(onDisk(), NEW_YORK_SETTINGS).published!;
    expect(line.text).toBe('Published Feb. 18, 2021, 9:14 p.m. EST');
    const shown = within(screen.getByRole('group', { name: 'Date lines' })).getByText(line.text);
    expect(shown.getAttribute('datetime')).toBe(line.datetime);
    expect(within(dates()).getByText('Published')).toBeTruthy();
    // Once published, the actions are the ones that apply after publication.
    expect(within(dates()).queryByRole('button', { name: 'Stamp as published' })).toBeNull();
    expect(within(dates()).getByRole('button', { name: 'Stamp an update' })).toBeTruthy();
  });

  it('refuses to publish over a blocking problem, changing nothing, until an override gives a reason', async () => {
    const { onDisk, library } = datesDesk(readyArticle({ dateline: null }));
    const before = onDisk();
    const dialog = openDialog('Stamp as published');
    submit(dialog, 'Stamp as published');
    expect(within(dialog).getByRole('alert').textContent).toBe(
      'One problem stops publication: The article has no dateline. Fix it, or override with a reason that goes on the record.',
    );
    expect(library.api.saveArticle).not.toHaveBeenCalled();
    expect(onDisk()).toBe(before);

    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Override blocking problems' }));
    fireEvent.change(within(dialog).getByLabelText('Reason for the override'), {
      target: { value: 'Wire copy; dateline added by the desk' },
    });
    submit(dialog, 'Stamp as published');
    await waitFor(() => expect(onDisk().status).toBe('published'));
    expect(onDisk().publishStamps[0]!.override).toEqual({
      reason: 'Wire copy; dateline added by the desk',
      problems: ['missing-dateline'],
    });
    expect(
      within(dates()).getByText('Check overridden (missing-dateline): Wire copy; dateline added by the desk'),
    ).toBeTruthy();
  });

  it('requires a note for a correction and records kind, note and name in the updates log', async () => {
    const published = '2021-02-18T21:14:00-05:00';
    const { onDisk } = datesDesk(readyArticle({ status: 'published', publishedAt: published }));
    const dialog = openDialog('Stamp an update');
    fireEvent.change(within(dialog).getByLabelText('Kind'), { target: { value: 'correction' } });
    submit(dialog, 'Stamp the update');
    expect(within(dialog).getByRole('alert').textContent).toBe(
      'A correction needs its note: the text readers will see, saying what was wrong.',
    );
    expect(onDisk().updates).toEqual([]);

    fireEvent.change(within(dialog).getByLabelText('Note'), {
      target: { value: 'An earlier version misspelled the mayor’s name.' },
    });
    submit(dialog, 'Stamp the update');
    await waitFor(() => expect(onDisk().updates).toHaveLength(1));
    const [update] = onDisk().updates;
    expect(update).toMatchObject({
      kind: 'correction',
      note: 'An earlier version misspelled the mayor’s name.',
      by: 'Dana Whitfield',
    });
    expect(onDisk().updatedAt).toBe(update!.at);
    expect(onDisk().publishedAt).toBe(published);
    const lines = dateLines(onDisk(), NEW_YORK_SETTINGS);
    const log = within(screen.getByRole('list', { name: 'Updates log' }));
    expect(log.getByText(lines.updates[0]!.text)).toBeTruthy();
    expect(lines.updates[0]!.text).toMatch(/^Correction, .+: An earlier version misspelled the mayor’s name\.$/);
    expect(log.getByText('by Dana Whitfield')).toBeTruthy();
    expect(within(screen.getByRole('group', { name: 'Date lines' })).getByText(lines.lastUpdated!.text)).toBeTruthy();
  });

  it('corrects the publication time only with a reason, and keeps the old time in the record', async () => {
    const { onDisk } = datesDesk(readyArticle({ status: 'published', publishedAt: '2021-02-18T21:14:00-05:00' }));
    const dialog = openDialog('Correct publication time');
    fireEvent.change(within(dialog).getByLabelText('Went live at (America/New_York)'), {
      target: { value: '2021-02-18T20:50' },
    });
    submit(dialog, 'Correct the time');
    expect(within(dialog).getByRole('alert').textContent).toMatch(/needs a reason/);
    fireEvent.change(within(dialog).getByLabelText('Reason'), {
      target: { value: 'The web desk pushed it live before the stamp.' },
    });
    submit(dialog, 'Correct the time');
    await waitFor(() => expect(onDisk().publishedAt).toBe('2021-02-18T20:50:00-05:00'));
    expect(onDisk().publishStamps.at(-1)).toMatchObject({
      kind: 'published-corrected',
      previous: '2021-02-18T21:14:00-05:00',
      reason: 'The web desk pushed it live before the stamp.',
    });
    expect(within(dates()).getByText('Reason: The web desk pushed it live before the stamp.')).toBeTruthy();
  });

  it('asks for a name when settings have none, and the stamp carries it', async () => {
    const { onDisk } = datesDesk(readyArticle(), { ...NEW_YORK_SETTINGS, yourName: '' });
    const dialog = openDialog('Stamp as published');
    fireEvent.change(within(dialog).getByLabelText('Your name'), { target: { value: 'Sam Okoro' } });
    submit(dialog, 'Stamp as published');
    await waitFor(() => expect(onDisk().publishStamps[0]?.by).toBe('Sam Okoro'));
  });

  it('shows an embargo in the future as a banner, refuses publication before it, and lifts it', async () => {
    const { onDisk } = datesDesk();
    expect(screen.queryByRole('status', { name: 'Embargo' })).toBeNull();
    const dialog = openDialog('Embargo until…');
    fireEvent.change(within(dialog).getByLabelText('Embargo lifts at (America/New_York)'), {
      target: { value: '2099-02-18T09:00' },
    });
    submit(dialog, 'Set embargo');
    await waitFor(() => expect(onDisk().embargoUntil).toBe('2099-02-18T09:00:00-05:00'));
    expect(screen.getByRole('status', { name: 'Embargo' }).textContent).toBe(
      'Embargoed until Feb. 18, 2099, 9 a.m. EST. It cannot be stamped as published before then.',
    );
    const publish = openDialog('Stamp as published');
    submit(publish, 'Stamp as published');
    expect(within(publish).getByRole('alert').textContent).toMatch(/under embargo until Feb\. 18, 2099, 9 a\.m\. EST/);
    fireEvent.click(within(publish).getByRole('button', { name: 'Cancel' }));

    const lift = openDialog('Embargo until…');
    submit(lift, 'Lift embargo');
    await waitFor(() => expect(onDisk().embargoUntil).toBeNull());
    expect(screen.queryByRole('status', { name: 'Embargo' })).toBeNull();
  });

  it('keeps the stamp when a save of older edits is still on its way', async () => {
    const { session, library, onDisk, editor } = datesDesk(readyArticle({ body: paragraphs('First words.') }));
    library.saveDelayMs = 30;
    act(() => {
      editor.commands.insertContentAt(1, 'New ');
    });
    const earlier = session.save();
    // The earlier save has read the article and is writing it when the stamp is made.
    await waitFor(() => expect(library.api.saveArticle).toHaveBeenCalledTimes(1));
    expect(library.api.saveArticle.mock.calls[0]![0].article.publishedAt).toBeNull();
    const dialog = openDialog('Stamp as published');
    submit(dialog, 'Stamp as published');
    await earlier;
    await waitFor(() => expect(library.api.saveArticle).toHaveBeenCalledTimes(2));
    await session.idle();
    expect(onDisk().status).toBe('published');
    expect(session.draft().publishedAt).toBe(onDisk().publishedAt);
    expect(session.getSnapshot().unsaved).toBe(false);
  });
});
