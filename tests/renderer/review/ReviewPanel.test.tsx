// @vitest-environment jsdom
// The Review section over a real editor and session: only the moves the desk's table allows, each
// on the record and saved; comments on words and on fields, replies, resolving and reopening;
// a thread whose words were deleted stays listed as detached; pending suggestions accepted and
// rejected, one, one person's, or all; Suggest mode's toggle in the status bar.
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { moveStage } from '../../../core/review/stages';
import { NAME_NEEDED } from '../../../renderer/review/actingName';
import { selectionForComment } from '../../../renderer/review/selectionForComment';
import { closeReviewDesks, EDITOR_NAME, LONDON, reviewDesk, storyArticle } from './reviewHarness';

afterEach(() => {
  cleanup();
  closeReviewDesks();
});

const review = () => screen.getByRole('region', { name: 'Review' });
const moves = () =>
  within(within(review()).getByRole('group', { name: 'Move the article' }))
    .getAllByRole('button')
    .map((button) => button.textContent);
const click = (name: string) => fireEvent.click(within(review()).getByRole('button', { name }));
const AT = '2025-03-01T09:00:00.000Z';

describe('the stage', () => {
  it('offers a draft only the move to the desk, and records it with the note, the assignee and who moved it', async () => {
    const { session, onDisk } = reviewDesk();
    expect(within(review()).getByText('Draft')).toBeTruthy();
    expect(moves()).toEqual(['Mark ready for the desk']);
    fireEvent.change(within(review()).getByLabelText('Note (optional)'), { target: { value: 'Legal has seen it.' } });
    fireEvent.change(within(review()).getByLabelText('Assigned to'), { target: { value: 'Ana Ruiz' } });
    click('Mark ready for the desk');
    expect(session.getReview()).toMatchObject({ stage: 'ready', assignee: 'Ana Ruiz' });
    expect(moves()).toEqual(['Start editing', 'Request changes', 'Approve', 'Take back to draft']);
    const log = within(review()).getByRole('list', { name: 'Stage log' });
    expect(within(log).getByText('Draft → Ready for the desk')).toBeTruthy();
    expect(within(log).getByText('Legal has seen it.')).toBeTruthy();
    await act(() => session.save());
    expect(onDisk().review).toMatchObject({
      stage: 'ready',
      assignee: 'Ana Ruiz',
      log: [{ from: 'draft', to: 'ready', by: EDITOR_NAME, note: 'Legal has seen it.' }],
    });
  });

  it('takes a due time on the newsroom clock', () => {
    const { session } = reviewDesk();
    fireEvent.change(within(review()).getByLabelText('Due (Europe/London)'), { target: { value: '2025-07-01T17:30' } });
    click('Mark ready for the desk');
    // London is on summer time (UTC+1) in July.
    expect(session.getReview().due).toBe('2025-07-01T17:30:00+01:00');
  });

  it('offers a published article only reopening, and an approved one editing or sending back', () => {
    const published = storyArticle({
      publishedAt: AT,
      status: 'published',
    });
    reviewDesk(published);
    expect(within(review()).getByText('Published')).toBeTruthy();
    expect(moves()).toEqual(['Reopen for editing']);
    cleanup();
    const ready = moveStage(storyArticle(), { to: 'ready', by: 'Amina', at: AT });
    const approved = ready.ok ? moveStage(ready.article, { to: 'approved', by: 'Sam', at: AT }) : ready;
    if (!approved.ok) throw new Error(approved.reason);
    reviewDesk(approved.article);
    expect(moves()).toEqual(['Reopen for editing', 'Request changes']);
  });

  it('asks for a name when Settings has none, and refuses a move without one, changing nothing', () => {
    const { session } = reviewDesk(storyArticle(), { ...LONDON, yourName: '', defaultByline: '' });
    const name = within(review()).getByLabelText('Your name');
    expect((name as HTMLInputElement).value).toBe('');
    click('Mark ready for the desk');
    expect(within(review()).getByRole('alert').textContent).toBe(NAME_NEEDED);
    expect(session.getReview().stage).toBe('draft');
    fireEvent.change(name, { target: { value: 'Amina Rahimi' } });
    click('Mark ready for the desk');
    expect(session.getReview().log.at(-1)).toMatchObject({ by: 'Amina Rahimi', to: 'ready' });
  });

  it('offers no move and no new comment while the article cannot be edited', () => {
    const { session } = reviewDesk();
    act(() => session.stop('The editor could not hold this file.'));
    expect(within(review()).queryByRole('group', { name: 'Move the article' })).toBeNull();
    expect(within(review()).queryByRole('button', { name: 'New comment' })).toBeNull();
    expect(within(review()).getByText('Draft')).toBeTruthy();
  });
});

describe('comments', () => {
  it('puts a comment on the selected words, marks them in the body and lists the thread', async () => {
    const { editor, desk, rangeOf, session, onDisk } = reviewDesk();
    const range = rangeOf('rebuild the sea wall');
    act(() => {
      editor.commands.setTextSelection(range);
      desk.compose(selectionForComment(editor));
    });
    const composer = within(review()).getByRole('form', { name: 'New comment' });
    expect((within(composer).getByLabelText('Comment on') as HTMLSelectElement).selectedOptions[0]!.textContent).toBe(
      'The selected words: “rebuild the sea wall”',
    );
    fireEvent.click(within(composer).getByRole('button', { name: 'Post comment' }));
    expect(within(composer).getByRole('alert').textContent).toBe('A comment needs some text.');
    fireEvent.change(within(composer).getByLabelText('Comment'), { target: { value: 'Which wall? Name it.' } });
    fireEvent.click(within(composer).getByRole('button', { name: 'Post comment' }));
    const threads = within(review()).getByRole('list', { name: 'Comment threads' });
    expect(within(threads).getByText('Which wall? Name it.')).toBeTruthy();
    expect(within(review()).getByText('1 open comment.')).toBeTruthy();
    const [thread] = session.getReview().threads;
    expect(thread).toMatchObject({ quote: 'rebuild the sea wall', anchor: { kind: 'body' }, resolved: false });
    // The words carry the thread's mark and its highlight.
    const marked = editor.view.dom.querySelector(`[data-thread-id="${thread!.id}"]`);
    expect(marked?.textContent).toBe('rebuild the sea wall');
    const highlight = editor.view.dom.querySelector('mark.comment-highlight');
    expect(highlight?.textContent).toBe('rebuild the sea wall');
    // Hovering, or a screen reader's description, says whose comment and what.
    expect(highlight?.getAttribute('title')).toBe(`Comment by ${EDITOR_NAME}: Which wall? Name it.`);
    await act(() => session.save());
    expect(JSON.stringify(onDisk().body)).toContain(thread!.id);
    expect(onDisk().review!.threads).toHaveLength(1);
  });

  it('comments on a field, lists field threads before the body’s, and replies, resolves and reopens', () => {
    const { editor, desk, rangeOf, session } = reviewDesk();
    act(() => {
      editor.commands.setTextSelection(rangeOf('Work starts'));
      desk.compose(selectionForComment(editor));
    });
    let composer = within(review()).getByRole('form', { name: 'New comment' });
    fireEvent.change(within(composer).getByLabelText('Comment'), { target: { value: 'When in spring?' } });
    fireEvent.click(within(composer).getByRole('button', { name: 'Post comment' }));
    click('New comment');
    composer = within(review()).getByRole('form', { name: 'New comment' });
    // No words are selected now (the caret sits after the comment): the fields are offered.
    fireEvent.change(within(composer).getByLabelText('Comment on'), { target: { value: 'headline' } });
    fireEvent.change(within(composer).getByLabelText('Comment'), { target: { value: 'Too long.' } });
    fireEvent.click(within(composer).getByRole('button', { name: 'Post comment' }));
    const threads = () => within(review()).queryByRole('list', { name: 'Comment threads' });
    const places = () =>
      within(threads()!)
        .getAllByRole('article')
        .map((thread) => thread.querySelector('.review-thread-where')!.textContent);
    expect(places()).toEqual(['On the headline', 'On the words']);

    click('Reply to the comment on “Work starts”');
    fireEvent.change(within(review()).getByLabelText('Reply to the comment on “Work starts”'), {
      target: { value: 'March, says the council.' },
    });
    click('Post reply');
    const words = session.getReview().threads.find((thread) => thread.quote === 'Work starts')!;
    expect(words.comments.map((comment) => [comment.by, comment.text])).toEqual([
      [EDITOR_NAME, 'When in spring?'],
      [EDITOR_NAME, 'March, says the council.'],
    ]);

    click('Resolve the comment on “Work starts”');
    expect(within(review()).getByText('1 open comment, 1 resolved.')).toBeTruthy();
    expect(places()).toEqual(['On the headline']);
    expect(editor.view.dom.querySelectorAll('mark.comment-highlight')).toHaveLength(0);
    fireEvent.click(within(review()).getByLabelText('Show resolved'));
    expect(places()).toEqual(['On the headline', 'On the words']);
    expect(within(review()).getByText(`Resolved by ${EDITOR_NAME}`, { exact: false })).toBeTruthy();
    click('Reopen the comment on “Work starts”');
    expect(session.getReview().threads.every((thread) => !thread.resolved)).toBe(true);
    expect(editor.view.dom.querySelector('mark.comment-highlight')?.textContent).toBe('Work starts');
  });

  it('keeps a thread whose words were deleted, last, as detached with the words it was on', async () => {
    const { editor, desk, rangeOf } = reviewDesk();
    act(() => {
      editor.commands.setTextSelection(rangeOf('Monday'));
      desk.compose(selectionForComment(editor));
    });
    const composer = within(review()).getByRole('form', { name: 'New comment' });
    fireEvent.change(within(composer).getByLabelText('Comment'), { target: { value: 'Which Monday?' } });
    fireEvent.click(within(composer).getByRole('button', { name: 'Post comment' }));
    act(() => {
      const { from, to } = rangeOf('Monday');
      editor
        .chain()
        .setTextSelection({ from: from - 3, to: to + 1 })
        .deleteSelection()
        .run();
    });
    await waitFor(() => expect(within(review()).getByText('(detached)', { exact: false })).toBeTruthy());
    const thread = within(review()).getByRole('article');
    expect(thread.getAttribute('data-detached')).toBe('true');
    expect(within(thread).getByText('Detached: its words were deleted')).toBeTruthy();
    expect(within(thread).getByText('Monday')).toBeTruthy();
    // Nothing to go to: the words are not there.
    expect(within(thread).queryByRole('button', { name: 'Go to “Monday”' })).toBeNull();
  });

  it('deletes a comment opened by mistake, marks and all, only while it is the user’s own with no reply', () => {
    const { editor, desk, rangeOf, session } = reviewDesk();
    act(() => {
      editor.commands.setTextSelection(rangeOf('Work starts'));
      desk.compose(selectionForComment(editor));
    });
    const composer = within(review()).getByRole('form', { name: 'New comment' });
    fireEvent.change(within(composer).getByLabelText('Comment'), { target: { value: 'Wrong paragraph.' } });
    fireEvent.click(within(composer).getByRole('button', { name: 'Post comment' }));
    click('Delete the comment on “Work starts”');
    expect(session.getReview().threads).toEqual([]);
    expect(editor.view.dom.querySelector('[data-thread-id]')).toBeNull();
    expect(within(review()).getByText('No comments yet. Select words in the body and press New comment.')).toBeTruthy();
  });

  it('offers no Delete on a thread with a reply', () => {
    const { editor, desk, rangeOf } = reviewDesk();
    act(() => {
      editor.commands.setTextSelection(rangeOf('Work starts'));
      desk.compose(selectionForComment(editor));
    });
    const composer = within(review()).getByRole('form', { name: 'New comment' });
    fireEvent.change(within(composer).getByLabelText('Comment'), { target: { value: 'When?' } });
    fireEvent.click(within(composer).getByRole('button', { name: 'Post comment' }));
    click('Reply to the comment on “Work starts”');
    fireEvent.change(within(review()).getByLabelText('Reply to the comment on “Work starts”'), {
      target: { value: 'March.' },
    });
    click('Post reply');
    expect(within(review()).queryByRole('button', { name: 'Delete the comment on “Work starts”' })).toBeNull();
  });

  it('shows the thread of highlighted words clicked in the body', () => {
    const { editor, desk, rangeOf, onShowReview } = reviewDesk();
    act(() => {
      editor.commands.setTextSelection(rangeOf('sea wall'));
      desk.compose(selectionForComment(editor));
    });
    const composer = within(review()).getByRole('form', { name: 'New comment' });
    fireEvent.change(within(composer).getByLabelText('Comment'), { target: { value: 'Which?' } });
    fireEvent.click(within(composer).getByRole('button', { name: 'Post comment' }));
    act(() => desk.showThread(null));
    expect(within(review()).getByRole('article').getAttribute('data-active')).toBe('false');
    const inside = rangeOf('sea wall').from + 2;
    act(() => {
      editor.view.someProp('handleClick', (handle) => handle(editor.view, inside, new MouseEvent('click')));
    });
    expect(onShowReview).toHaveBeenCalled();
    expect(within(review()).getByRole('article').getAttribute('data-active')).toBe('true');
    expect(editor.view.dom.querySelector('mark.comment-active')?.textContent).toBe('sea wall');
  });
});
