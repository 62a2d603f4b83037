// @vitest-environment jsdom
// Pending suggested edits in the Review section: each in a sentence with who suggested it, Accept
// and Reject one, all of one person's, or all; and Suggest mode from the status bar's toggle, the
// words typed while it is on becoming a suggestion under the user's name.
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { doc, p, text } from '../../builders/body';
import { closeReviewDesks, EDITOR_NAME, reviewDesk, storyArticle } from './reviewHarness';

afterEach(() => {
  cleanup();
  closeReviewDesks();
});

const AT = '2025-03-01T09:00:00.000Z';
const mark = (type: 'insertion' | 'deletion', id: string, by: string) => ({ type, attrs: { id, by, at: AT } });

/** Three suggestions by two people: Ana replaces "Monday" and deletes "in spring", Tom adds "finally". */
const suggested = () =>
  storyArticle({
    body: doc(
      p(
        'The council voted on ',
        text('Monday', [mark('deletion', 'ana-1', 'Ana Ruiz')]),
        text('Tuesday', [mark('insertion', 'ana-1', 'Ana Ruiz')]),
        ' to ',
        text('finally ', [mark('insertion', 'tom-1', 'Tom Okafor')]),
        'rebuild the sea wall.',
      ),
      p('Work starts', text(' in spring', [mark('deletion', 'ana-2', 'Ana Ruiz')]), '.'),
    ),
  });

const review = () => screen.getByRole('region', { name: 'Review' });
const listed = () =>
  within(review())
    .queryAllByRole('listitem')
    .filter((item) => item.classList.contains('review-suggestion'))
    .map((item) => item.querySelector('.review-suggestion-text')!.textContent);
const bodyText = (editor: { state: { doc: { textContent: string } } }) => editor.state.doc.textContent;

describe('the suggestions list', () => {
  it('says who suggested what, in reading order', () => {
    reviewDesk(suggested());
    expect(listed()).toEqual([
      'Ana Ruiz suggested replacing “Monday” with “Tuesday”',
      'Tom Okafor suggested adding “finally”',
      'Ana Ruiz suggested deleting “in spring”',
    ]);
    expect(within(review()).getByText('3 suggested edits pending.')).toBeTruthy();
  });

  it('accepts one and rejects another, each leaving the words as decided', async () => {
    const { editor, session, onDisk } = reviewDesk(suggested());
    fireEvent.click(within(review()).getByRole('button', { name: 'Accept replacing “Monday” with “Tuesday”' }));
    expect(bodyText(editor)).toBe(
      'The council voted on Tuesday to finally rebuild the sea wall.Work starts in spring.',
    );
    fireEvent.click(within(review()).getByRole('button', { name: 'Reject adding “finally”' }));
    expect(bodyText(editor)).toBe('The council voted on Tuesday to rebuild the sea wall.Work starts in spring.');
    await waitFor(() => expect(listed()).toEqual(['Ana Ruiz suggested deleting “in spring”']));
    await act(() => session.save());
    expect(JSON.stringify(onDisk().body)).not.toContain('ana-1');
    expect(JSON.stringify(onDisk().body)).toContain('ana-2');
  });

  it('accepts all of one person’s and leaves the other’s pending', async () => {
    const { editor } = reviewDesk(suggested());
    fireEvent.click(within(review()).getByRole('button', { name: 'Accept all of Ana Ruiz’s' }));
    expect(bodyText(editor)).toBe('The council voted on Tuesday to finally rebuild the sea wall.Work starts.');
    await waitFor(() => expect(listed()).toEqual(['Tom Okafor suggested adding “finally”']));
    // One person left: no per-person row, and one suggestion needs no "all".
    expect(within(review()).queryByRole('list', { name: 'Suggestions by person' })).toBeNull();
    expect(within(review()).queryByRole('button', { name: 'Accept all' })).toBeNull();
  });

  it('rejects all, giving back the words as they were before anyone suggested', async () => {
    const { editor } = reviewDesk(suggested());
    fireEvent.click(within(review()).getByRole('button', { name: 'Reject all' }));
    expect(bodyText(editor)).toBe('The council voted on Monday to rebuild the sea wall.Work starts in spring.');
    await waitFor(() => expect(within(review()).getByText('No suggested edits pending.')).toBeTruthy());
  });
});

describe('Suggest mode', () => {
  it('turns on from the status bar, shows Suggesting, and records typing as the user’s suggestion', async () => {
    const { editor } = reviewDesk();
    const toggle = screen.getByRole('button', { name: 'Suggest edits' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(screen.queryByText('Suggesting')).toBeNull();
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText('Suggesting')).toBeTruthy();
    act(() => {
      editor
        .chain()
        .setTextSelection(editor.state.doc.content.size - 1)
        .insertContent(' Or summer.')
        .run();
    });
    const added = editor.view.dom.querySelector('ins[data-suggestion-id]');
    expect(added?.textContent).toBe(' Or summer.');
    expect(added?.getAttribute('title')).toBe(`Suggested by ${EDITOR_NAME}`);
    await waitFor(() => expect(listed()).toEqual([`${EDITOR_NAME} suggested adding “Or summer.”`]));
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(screen.queryByText('Suggesting')).toBeNull();
  });
});
