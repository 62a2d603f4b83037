// @vitest-environment jsdom
// The Quotes panel: every quotation in order, who said it (or who may have, and why), counts per
// source, and what needs attention.
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { newSource } from '../../../core/article/source';
import type { BodyJSON } from '../../../core/body/schema';
import { stagedDetection } from './offers';
import {
  closeQuotesDesks,
  describedBy as description,
  quotesDesk,
  stoltenbergBody,
  stoltenbergSure,
} from './quotesHarness';

afterEach(() => {
  cleanup();
  closeQuotesDesks();
});

const quoted = (text: string, quoteId: string, sourceId: string | null) => ({
  type: 'text',
  text,
  marks: [{ type: 'quote', attrs: { quoteId, sourceId } }],
});
const jens = { ...newSource('jens', 'Jens Stoltenberg'), obtained: 'press-conference' as const };
const marked: BodyJSON = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [quoted('We stand together', 'q1', 'jens'), { type: 'text', text: ', he said.' }] },
    {
      type: 'paragraph',
      content: [quoted('Nobody told us anything at all about the closure of the bridge', 'q2', null)],
    },
    { type: 'paragraph', content: [quoted('I was never here', 'q3', 'ghost')] },
    { type: 'paragraph', content: [quoted('Again', 'q4', 'jens')] },
  ],
};

const items = () => within(screen.getByRole('list', { name: 'Quotations' })).getAllByRole('listitem');

describe('the Quotes panel', () => {
  it('lists every quotation in document order with its speaker, how obtained and flags', () => {
    quotesDesk(marked, [jens]);
    const panel = screen.getByRole('region', { name: 'Quotes' });
    expect(within(panel).getByRole('status').textContent).toBe(
      '4 quotations, 1 source, 1 unattributed, 1 not in the source list',
    );
    expect(within(panel).getByText('Jens Stoltenberg: 2')).toBeTruthy();
    const [first, second, third] = items();
    expect(first!.textContent).toContain('We stand together');
    expect(first!.textContent).toContain('Jens Stoltenberg · Press conference');
    expect(second!.textContent).toContain('Nobody told us anything at all about the…');
    expect(second!.textContent).toContain('Needs attribution');
    expect(third!.textContent).toContain('Not in the source list');
  });

  it('shows the suggestion and why until the quotation is attributed, with no percentage', async () => {
    const { cursorIn } = quotesDesk(stoltenbergBody, [], stoltenbergSure);
    expect(screen.getByRole('status').textContent).toBe('2 quotations, 0 sources, 2 unattributed');
    expect(items()[0]!.querySelector('.candidate-name')!.textContent).toBe('Suggested: Jens Stoltenberg');
    expect(items()[0]!.querySelector('.candidate-reason')!.textContent).toBe('named in the cue: “Jens Stoltenberg”');
    expect(items()[1]!.querySelector('.candidate-reason')!.textContent).toBe('“Stoltenberg” → Jens Stoltenberg');
    expect(items()[0]!.textContent).not.toMatch(/%|confidence/);
    act(() => cursorIn('We stand'));
    fireEvent.click(screen.getByRole('button', { name: 'Attribute to Jens Stoltenberg' }));
    act(() => cursorIn('Allies will'));
    fireEvent.click(screen.getByRole('button', { name: 'Attribute to Jens Stoltenberg' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('2 quotations, 1 source, 0 unattributed'));
    expect(screen.getByText('Jens Stoltenberg: 2')).toBeTruthy();
    expect(document.querySelector('.quote-list .speaker-candidate')).toBeNull();
  });

  it('attributes a quotation from its row: the suggestion in one click, or any source through the picker', async () => {
    const { session } = quotesDesk(stoltenbergBody, [], stoltenbergSure);
    const [first] = items();
    const accept = within(first!).getByRole('button', {
      name: /^Attribute to Jens Stoltenberg\s*— “We stand together.*”$/,
    });
    expect(description(accept)).toBe('named in the cue: “Jens Stoltenberg”');
    fireEvent.click(accept);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('2 quotations, 1 source, 1 unattributed'));
    fireEvent.click(within(items()[1]!).getByRole('button', { name: /^Attribute to…\s*— “Allies will.*”$/ }));
    const picker = screen.getByRole('dialog', { name: 'Attribute quotation' });
    fireEvent.change(within(picker).getByRole('combobox', { name: 'Source' }), { target: { value: 'Ana Ruiz' } });
    fireEvent.keyDown(within(picker).getByRole('combobox', { name: 'Source' }), { key: 'Enter' });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('2 quotations, 2 sources, 0 unattributed'));
    expect(session.getFields().sources.map((source) => source.name)).toEqual(['Jens Stoltenberg', 'Ana Ruiz']);
  });

  it('puts a weaker candidate as a question, answered yes or someone else, and shows none when too weak', async () => {
    const body: BodyJSON = {
      type: 'doc',
      content: ['“We will rebuild,” she said.', '“The wall failed us,” a neighbour thought.'].map((text) => ({
        type: 'paragraph',
        content: [{ type: 'text', text }],
      })),
    };
    const { session, quotes } = quotesDesk(
      body,
      [],
      stagedDetection([
        { words: 'We will rebuild,', speaker: 'Ana Ruiz', offer: 'question', cue: { kind: 'pronoun', words: 'she' } },
        { words: 'The wall failed us,', speaker: 'Tom Reed', offer: 'too weak' },
      ]),
    );
    const [asked, weak] = items();
    expect(asked!.querySelector('.candidate-question')!.textContent).toBe('Ana Ruiz?');
    expect(asked!.querySelector('.candidate-reason')!.textContent).toBe('“she” → Ana Ruiz');
    expect(within(asked!).queryByRole('button', { name: /^Attribute to Ana Ruiz/ })).toBeNull();
    const other = within(asked!).getByRole('button', { name: /^Someone else…\s*— “We will rebuild,”$/ });
    expect(description(other)).toBe('Ana Ruiz? “she” → Ana Ruiz');
    expect(weak!.textContent).not.toContain('Tom Reed');
    expect(weak!.querySelector('.quote-speaker')!.textContent).toBe('Unattributed');
    expect(
      within(weak!)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Jump to quote', 'Attribute to… — “The wall failed us,”']);
    const yes = within(asked!).getByRole('button', { name: /^Yes, Ana Ruiz\s*— “We will rebuild,”$/ });
    expect(description(yes)).toBe('Ana Ruiz? “she” → Ana Ruiz');
    fireEvent.click(yes);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('2 quotations, 1 source, 1 unattributed'));
    expect(quotes()).toEqual([{ text: 'We will rebuild,', sourceId: session.getFields().sources[0]!.id }]);
  });

  it('jumps to a quotation in the body', () => {
    const { editor } = quotesDesk(marked, [jens]);
    fireEvent.click(within(items()[3]!).getByRole('button', { name: 'Jump to quote' }));
    const { from } = editor.state.selection;
    expect(editor.state.doc.textBetween(from, from + 5)).toBe('Again');
  });
});
