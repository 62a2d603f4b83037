// @vitest-environment jsdom
// The History section: revisions newest first with when, who, why and length; one ticked compares
// it with the current text, two compare each other, words inserted and deleted said in words to a
// screen reader; a bad history is reported and the article stays; Restore asks first, adds a
// revision and puts the restored text in the editor; "changes since I last looked".
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { moveStage } from '../../../core/review/stages';
import { article, paragraphs } from '../fakeApi';
import { historyDesk } from './historyDesk';

afterEach(cleanup);

const ID = 'article-hist1';
const first = { ...article(ID, 'Sea wall vote', paragraphs('The council voted on Monday to rebuild the wall.')) };
const second = { ...first, body: paragraphs('The council voted on Tuesday to rebuild the old wall.') };
const third = { ...second, headline: 'Council rebuilds the sea wall' };

const panel = () => screen.getByRole('region', { name: 'History' });
const revisionRows = () => within(panel()).getAllByRole('listitem');

async function opened(yourName = 'Dana Whitfield') {
  const world = historyDesk(third, yourName);
  world.history.record(first, { by: 'Amina Rahimi', reason: 'create' });
  world.history.record(second, { by: 'Amina Rahimi', reason: 'edit' });
  const moved = moveStage(third, { to: 'ready', by: 'Amina Rahimi', at: '2025-03-01T09:01:30.000Z' });
  if (!moved.ok) throw new Error(moved.reason);
  world.library.rewriteOnDisk(ID, moved.article);
  world.history.record(moved.article, { by: 'Amina Rahimi', reason: 'stage', at: '2025-03-01T09:02:00.000Z' });
  await act(() => world.desk.open(ID));
  world.render();
  await waitFor(() => expect(revisionRows()).toHaveLength(3));
  return world;
}

describe('the History section', () => {
  it('lists the revisions newest first: number, why (the stage a move went to), when, who and words', async () => {
    await opened();
    const rows = revisionRows().map((row) => row.textContent);
    expect(rows[0]).toMatch(/^Revision 3LatestStage: Ready for the desk.* · Amina Rahimi · 10 words$/);
    expect(rows[1]).toMatch(/^Revision 2Edit.* · Amina Rahimi · 10 words/);
    expect(rows[2]).toMatch(/^Revision 1Created/);
    // Every revision but the newest can be restored.
    expect(within(panel()).queryByRole('button', { name: 'Restore revision 3…' })).toBeNull();
    expect(within(panel()).getByRole('button', { name: 'Restore revision 1…' })).toBeTruthy();
  });

  it('compares one ticked revision with the current text, two with each other, inserted and deleted words said in words', async () => {
    await opened();
    fireEvent.click(within(panel()).getByRole('checkbox', { name: 'Revision 1' }));
    const diff = await screen.findByRole('region', { name: 'Revision 1 compared with the current text' });
    await waitFor(() => expect(within(diff).getByText(/words? inserted/)).toBeTruthy());
    expect(within(diff).getByText('2 words inserted, 1 word deleted, 1 field changed.')).toBeTruthy();
    const text = within(diff).getByRole('group', { name: 'Changes in the text' });
    expect([...text.querySelectorAll('del')].map((del) => del.textContent)).toEqual(['deleted: Monday']);
    expect([...text.querySelectorAll('ins')].map((ins) => ins.textContent)).toEqual([
      'inserted: Tuesday',
      // The space before a word inserted goes with it.
      'inserted:  old',
    ]);
    const fields = within(diff).getByRole('definition');
    expect(fields.textContent).toBe('was: Sea wall vote → now: Council rebuilds the sea wall');

    fireEvent.click(within(panel()).getByRole('checkbox', { name: 'Revision 2' }));
    const between = await screen.findByRole('region', { name: 'Revision 1 compared with revision 2' });
    await waitFor(() => expect(within(between).getByText('2 words inserted, 1 word deleted.')).toBeTruthy());
    fireEvent.click(within(between).getByRole('button', { name: 'Close comparison' }));
    expect(screen.queryByRole('region', { name: /compared with/ })).toBeNull();
  });

  it('reports a damaged history and still lists what could be read', async () => {
    const world = historyDesk(third);
    world.history.record(second);
    world.history.problem = 'The history of "a.byline.json" is damaged: 1 damaged line was skipped.';
    await act(() => world.desk.open(ID));
    world.render();
    expect(
      await within(panel()).findByText(
        'The history of "a.byline.json" is damaged: 1 damaged line was skipped. The article itself is not affected.',
      ),
    ).toBeTruthy();
    expect(revisionRows()).toHaveLength(1);
    expect(world.desk.session?.editable).toBe(true);
  });

  it('restores after asking: a new revision, and the editor holds the restored text, saved', async () => {
    const world = await opened();
    fireEvent.click(within(panel()).getByRole('button', { name: 'Restore revision 1…' }));
    const dialog = screen.getByRole('dialog', { name: 'Restore revision 1?' });
    expect(
      within(dialog)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Cancel', 'Restore revision 1']);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(world.history.api.restoreRevision).not.toHaveBeenCalled();

    fireEvent.click(within(panel()).getByRole('button', { name: 'Restore revision 1…' }));
    fireEvent.click(
      within(screen.getByRole('dialog', { name: 'Restore revision 1?' })).getByRole('button', {
        name: 'Restore revision 1',
      }),
    );
    await waitFor(() =>
      expect(within(panel()).getByRole('status').textContent).toBe(
        'Revision 1 is restored, as a new revision: the versions after it stay in the history.',
      ),
    );
    expect(world.body()).toEqual(first.body);
    expect(world.desk.session?.getFields().headline).toBe('Sea wall vote');
    expect(world.desk.session?.unsaved).toBe(false);
    // The stage stays where the desk put it; the restore is revision 4, newest first.
    expect(world.library.files.get(ID)!.article.review?.stage).toBe('ready');
    await waitFor(() => expect(revisionRows()).toHaveLength(4));
  });

  it('saves unsaved typing before restoring, so nothing typed is lost', async () => {
    const world = await opened();
    world.type(paragraphs('Typed just now.'));
    fireEvent.click(within(panel()).getByRole('button', { name: 'Restore revision 2…' }));
    fireEvent.click(
      within(screen.getByRole('dialog', { name: 'Restore revision 2?' })).getByRole('button', {
        name: 'Restore revision 2',
      }),
    );
    await waitFor(() => expect(world.body()).toEqual(second.body));
    expect(world.library.api.saveArticle).toHaveBeenCalledTimes(1);
    expect(world.library.api.saveArticle.mock.calls[0]![0].article.body).toEqual(paragraphs('Typed just now.'));
  });

  it('offers the changes since the person last looked, from the revision they saw to now', async () => {
    const world = historyDesk(third);
    world.history.record(first, { by: 'Amina Rahimi' });
    world.history.seen.set('Dana Whitfield', 1);
    world.history.record(second, { by: 'Amina Rahimi' });
    await act(() => world.desk.open(ID));
    await act(() => world.looked.visit(ID, 'Dana Whitfield'));
    // The visit marks the newest revision seen, for the next time.
    expect(world.history.seen.get('Dana Whitfield')).toBe(2);
    world.render();
    const since = await within(panel()).findByRole('button', { name: 'Changes since I last looked' });
    expect(within(panel()).getByText('You last saw revision 1; 1 revision since, by Amina Rahimi.')).toBeTruthy();
    fireEvent.click(since);
    const diff = await screen.findByRole('region', { name: 'Changes since you last looked (revision 1 to now)' });
    await waitFor(() =>
      expect(within(diff).getByText('2 words inserted, 1 word deleted, 1 field changed.')).toBeTruthy(),
    );
  });

  it('does not offer one’s own revisions as news', async () => {
    const world = historyDesk(third);
    world.history.record(first, { by: 'Amina Rahimi' });
    world.history.seen.set('Dana Whitfield', 1);
    world.history.record(second, { by: 'Dana Whitfield' });
    await act(() => world.desk.open(ID));
    await act(() => world.looked.visit(ID, 'Dana Whitfield'));
    world.render();
    expect(
      await within(panel()).findByText('Nobody else has changed it since you last looked (revision 1).'),
    ).toBeTruthy();
    expect(within(panel()).queryByRole('button', { name: 'Changes since I last looked' })).toBeNull();
  });

  it('asks for a name before it can tell what changed since someone last looked', async () => {
    await opened('');
    expect(
      within(panel()).getByText('Put your name in Settings (Your name) to see what changed since you last looked.'),
    ).toBeTruthy();
  });
});
