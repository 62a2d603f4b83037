// @vitest-environment jsdom
// The Sources panel: sources are article fields, saved like the rest; quotes follow a merge or removal.
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { newSource } from '../../../core/article/source';
import type { BodyJSON } from '../../../core/body/schema';
import { closeQuotesDesks, quotesDesk } from '../quotes/quotesHarness';

afterEach(() => {
  cleanup();
  closeQuotesDesks();
});

const quoted = (text: string, quoteId: string, sourceId: string) => ({
  type: 'paragraph',
  content: [{ type: 'text', text, marks: [{ type: 'quote', attrs: { quoteId, sourceId } }] }],
});
const body: BodyJSON = {
  type: 'doc',
  content: [quoted('one', 'q1', 'jens'), quoted('two', 'q2', 'dup'), quoted('three', 'q3', 'ana')],
};
const sources = [
  newSource('jens', 'Jens Stoltenberg', { contactNotes: '+32 555 0100' }),
  newSource('dup', 'J. Stoltenberg', { title: 'NATO Secretary General' }),
  newSource('ana', 'Ana Ruiz'),
];

describe('the Sources panel', () => {
  it('adds a source through the Source form and saves it with the article', async () => {
    const { saved } = quotesDesk({ type: 'doc', content: [{ type: 'paragraph' }] });
    fireEvent.click(screen.getByRole('button', { name: 'Add source' }));
    const form = screen.getByRole('dialog', { name: 'Source' });
    const type = (label: string, value: string) =>
      fireEvent.change(within(form).getByLabelText(label), { target: { value } });
    type('Name', 'Ana Ruiz');
    type('Title or role', 'Mayor');
    type('Organisation', 'City of Valencia');
    fireEvent.change(within(form).getByRole('combobox', { name: 'How obtained' }), { target: { value: 'interview' } });
    fireEvent.change(within(form).getByLabelText(/^When \(/), { target: { value: '2025-03-01T09:30' } });
    type('Where', 'City hall');
    fireEvent.click(within(form).getByRole('checkbox', { name: 'Verified' }));
    type('Private contact notes', 'mobile 555 0199');
    expect(within(form).getByText('Never exported or copied.')).toBeTruthy();
    fireEvent.click(within(form).getByRole('button', { name: 'Save source' }));
    expect(screen.getByRole('region', { name: 'Sources' }).textContent).toContain(
      'Mayor · City of Valencia · Interview',
    );
    const stored = await act(saved);
    expect(stored.sources).toEqual([
      expect.objectContaining({
        name: 'Ana Ruiz',
        title: 'Mayor',
        organisation: 'City of Valencia',
        obtained: 'interview',
        // Read on the newsroom's clock and stored as an instant with its offset.
        when: expect.stringMatching(/^2025-03-01T09:30:00[+-]\d{2}:\d{2}$/),
        where: 'City hall',
        verified: true,
        contactNotes: 'mobile 555 0199',
      }),
    ]);
  });

  it('edits a source', () => {
    const { session } = quotesDesk(body, sources);
    fireEvent.click(screen.getByRole('button', { name: 'Edit Ana Ruiz' }));
    fireEvent.change(within(screen.getByRole('dialog', { name: 'Source' })).getByLabelText('Title or role'), {
      target: { value: 'Mayor' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save source' }));
    expect(session.getFields().sources[2]).toMatchObject({ id: 'ana', name: 'Ana Ruiz', title: 'Mayor' });
  });

  it('merges a duplicate: its quotations now belong to the kept source', async () => {
    const { session, quotes, saved } = quotesDesk(body, sources);
    fireEvent.click(screen.getByRole('button', { name: 'Merge J. Stoltenberg into…' }));
    const dialog = screen.getByRole('dialog', { name: 'Merge J. Stoltenberg' });
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Keep' }), { target: { value: 'jens' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Merge' }));
    expect(session.getFields().sources.map((source) => source.id)).toEqual(['jens', 'ana']);
    expect(session.getFields().sources[0]?.title).toBe('NATO Secretary General');
    expect(quotes().map((quote) => quote.sourceId)).toEqual(['jens', 'jens', 'ana']);
    expect(JSON.stringify((await act(saved)).body)).not.toContain('"dup"');
  });

  it('removes a source and keeps its quotations, unattributed', () => {
    const { session, quotes } = quotesDesk(body, sources);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Ana Ruiz' }));
    expect(session.getFields().sources.map((source) => source.name)).toEqual(['Jens Stoltenberg', 'J. Stoltenberg']);
    expect(quotes()).toEqual([
      { text: 'one', sourceId: 'jens' },
      { text: 'two', sourceId: 'dup' },
      { text: 'three', sourceId: null },
    ]);
  });

  it('copies a source without its private contact notes', () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    quotesDesk(body, sources);
    fireEvent.click(screen.getByRole('button', { name: 'Copy Jens Stoltenberg' }));
    expect(writeText).toHaveBeenCalledWith('Jens Stoltenberg');
    expect(JSON.stringify(writeText.mock.calls)).not.toContain('555');
  });
});

describe('unnamed sources and the source card', () => {
  it('saves a source with no name when its role says who it is, and refuses one with neither', () => {
    const { session } = quotesDesk({ type: 'doc', content: [{ type: 'paragraph' }] });
    fireEvent.click(screen.getByRole('button', { name: 'Add source' }));
    const form = screen.getByRole('dialog', { name: 'Source' });
    fireEvent.click(within(form).getByRole('button', { name: 'Save source' }));
    expect(within(form).getByRole('alert').textContent).toMatch(/name, or for an unnamed source the role/);
    fireEvent.change(within(form).getByLabelText('Title or role'), { target: { value: 'a NATO spokesperson' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save source' }));
    expect(session.getFields().sources[0]).toMatchObject({ name: '', title: 'a NATO spokesperson' });
    expect(screen.getByRole('button', { name: 'Edit Unnamed source (a NATO spokesperson)' })).toBeTruthy();
  });

  it('keeps a "When" an older version stored as free text until a date is picked', () => {
    const { session } = quotesDesk(body, [newSource('ana', 'Ana Ruiz', { when: 'last Tuesday, by phone' })]);
    fireEvent.click(screen.getByRole('button', { name: 'Edit Ana Ruiz' }));
    const form = screen.getByRole('dialog', { name: 'Source' });
    expect(
      within(form).getByText('Recorded earlier as “last Tuesday, by phone”; kept until you pick a date and time.'),
    );
    fireEvent.click(within(form).getByRole('button', { name: 'Save source' }));
    expect(session.getFields().sources[0]!.when).toBe('last Tuesday, by phone');
  });
});
