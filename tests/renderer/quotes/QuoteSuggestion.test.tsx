// @vitest-environment jsdom
// Attributing from the body: one click for a reliable suggestion, a question for a weaker one, the
// picker for anyone else; every suggestion says why.
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import type { DetectedQuotation } from '../../../core/attribution/detected';
import { newSource } from '../../../core/article/source';
import { speakerOffer } from '../../../core/quotes/calibration';
import type { BodyJSON } from '../../../core/body/schema';
import { looksQuoted } from '../../../renderer/quotes/quoteOffer';
import { suggestionAtCursor } from '../../../renderer/quotes/editorQuotes';
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

describe('attributing a quotation from the body', () => {
  it('offers the suggested speaker and, in one click, creates the source and marks the quotation', async () => {
    const { cursorIn, session, quotes, saved } = quotesDesk(stoltenbergBody, [], stoltenbergSure);
    act(() => cursorIn('We stand'));
    fireEvent.click(screen.getByRole('button', { name: 'Attribute to Jens Stoltenberg' }));
    const [jens] = session.getFields().sources;
    expect(jens).toMatchObject({ name: 'Jens Stoltenberg', title: 'NATO Secretary General', kind: 'person' });
    expect(quotes()).toEqual([{ text: 'We stand together,', sourceId: jens!.id }]);

    act(() => cursorIn('Allies will'));
    fireEvent.click(screen.getByRole('button', { name: 'Attribute to Jens Stoltenberg' }));
    expect(session.getFields().sources).toHaveLength(1);
    expect(quotes().map((quote) => quote.sourceId)).toEqual([jens!.id, jens!.id]);

    const stored = await act(saved);
    expect(stored.sources.map((source) => source.name)).toEqual(['Jens Stoltenberg']);
    expect(JSON.stringify(stored.body)).toContain(jens!.id);
  });

  it('offers nothing once the quotation is attributed, or outside any quotation', () => {
    const { cursorIn } = quotesDesk(stoltenbergBody, [], stoltenbergSure);
    act(() => cursorIn('Ministers met'));
    expect(screen.queryByRole('group', { name: 'Attribution' })).toBeNull();
    act(() => cursorIn('We stand'));
    fireEvent.click(screen.getByRole('button', { name: 'Attribute to Jens Stoltenberg' }));
    expect(screen.queryByRole('button', { name: 'Attribute to Jens Stoltenberg' })).toBeNull();
  });

  it('attributes to a new source typed into the picker', () => {
    const { cursorIn, session, quotes } = quotesDesk(stoltenbergBody, [], stoltenbergSure);
    act(() => cursorIn('We stand'));
    fireEvent.click(screen.getByRole('button', { name: 'Attribute to…' }));
    const picker = screen.getByRole('dialog', { name: 'Attribute quotation' });
    const search = within(picker).getByRole('combobox', { name: 'Source' });
    fireEvent.change(search, { target: { value: 'Ana Ruiz' } });
    expect(within(picker).getByRole('option', { name: 'New source “Ana Ruiz”' })).toBeTruthy();
    fireEvent.keyDown(search, { key: 'Enter' });
    expect(screen.queryByRole('dialog', { name: 'Attribute quotation' })).toBeNull();
    const [ana] = session.getFields().sources;
    expect(ana?.name).toBe('Ana Ruiz');
    expect(quotes()).toEqual([{ text: 'We stand together,', sourceId: ana!.id }]);
  });

  it('says who said an attributed quotation, and changes it to a source picked by typing', () => {
    const ana = { ...newSource('source-ana', 'Ana Ruiz'), title: 'Spokeswoman' };
    const { cursorIn, session, quotes } = quotesDesk(stoltenbergBody, [ana], stoltenbergSure);
    act(() => cursorIn('We stand'));
    fireEvent.click(screen.getByRole('button', { name: 'Attribute to Jens Stoltenberg' }));
    act(() => cursorIn('stand together'));
    const popup = screen.getByRole('group', { name: 'Attribution' });
    expect(popup.textContent).toContain('Said by Jens Stoltenberg');
    fireEvent.click(within(popup).getByRole('button', { name: 'Change source…' }));
    const search = screen.getByRole('combobox', { name: 'Source' });
    fireEvent.change(search, { target: { value: 'ruiz' } });
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Ana Ruiz, Spokeswoman',
      'New source “ruiz”',
    ]);
    fireEvent.keyDown(search, { key: 'Enter' });
    expect(quotes()).toEqual([{ text: 'We stand together,', sourceId: 'source-ana' }]);
    expect(session.getFields().sources.map((source) => source.name)).toEqual(['Ana Ruiz', 'Jens Stoltenberg']);
  });

  it('names an unnamed source by its role', () => {
    const officer = newSource('source-officer', '', { title: 'a police officer' });
    const { cursorIn, editor } = quotesDesk(stoltenbergBody, [officer]);
    act(() => {
      cursorIn('We stand');
      editor.commands.attributeQuote({ sourceId: 'source-officer' });
    });
    act(() => cursorIn('stand together'));
    expect(screen.getByRole('group', { name: 'Attribution' }).textContent).toContain(
      'Said by Unnamed source (a police officer)',
    );
  });

  it('offers nothing for a double-clicked word outside any quotation', () => {
    const { cursorIn, editor } = quotesDesk(stoltenbergBody);
    act(() => {
      cursorIn('Ministers met');
      const from = editor.state.selection.from - 2;
      editor.commands.setTextSelection({ from, to: from + 'Ministers'.length });
    });
    expect(screen.queryByRole('group', { name: 'Attribution' })).toBeNull();
  });

  it('offers the picker for quoted words the reporter selected and the detector missed', () => {
    const body = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'The memo called it “a temporary pause” twice.' }] },
      ],
    };
    const { cursorIn, editor, quotes } = quotesDesk(body);
    act(() => {
      cursorIn('a temporary');
      const from = editor.state.selection.from - 3;
      editor.commands.setTextSelection({ from, to: from + '“a temporary pause”'.length });
    });
    fireEvent.click(screen.getByRole('button', { name: 'Attribute to…' }));
    const search = screen.getByRole('combobox', { name: 'Source' });
    fireEvent.change(search, { target: { value: 'Council memo' } });
    fireEvent.keyDown(search, { key: 'Enter' });
    expect(quotes().map((quote) => quote.text)).toEqual(['“a temporary pause”']);
  });

  it('goes when the body loses the focus to anything but the popup, and comes back with it', () => {
    const { cursorIn, editor } = quotesDesk(stoltenbergBody, [], stoltenbergSure);
    const elsewhere = document.body.appendChild(document.createElement('input'));
    act(() => cursorIn('We stand'));
    const offer = screen.getByRole('button', { name: 'Attribute to Jens Stoltenberg' });
    act(() => offer.focus());
    expect(screen.getByRole('group', { name: 'Attribution' })).toBeTruthy();
    act(() => elsewhere.focus());
    expect(screen.queryByRole('group', { name: 'Attribution' })).toBeNull();
    act(() => editor.view.focus());
    expect(screen.getByRole('group', { name: 'Attribution' })).toBeTruthy();
    elsewhere.remove();
  });

  it('Escape dismisses it until the caret leaves the quotation and comes back', () => {
    const { cursorIn, editor } = quotesDesk(stoltenbergBody);
    act(() => cursorIn('We stand'));
    fireEvent.keyDown(editor.view.dom, { key: 'Escape' });
    expect(screen.queryByRole('group', { name: 'Attribution' })).toBeNull();
    act(() => cursorIn('stand together'));
    expect(screen.queryByRole('group', { name: 'Attribution' })).toBeNull();
    act(() => cursorIn('Ministers met'));
    act(() => cursorIn('We stand'));
    expect(screen.getByRole('group', { name: 'Attribution' })).toBeTruthy();
  });
});

const harbourBody: BodyJSON = {
  type: 'doc',
  content: [
    'Ana Ruiz, the mayor, came to the harbour on Friday.',
    '“Nobody asked us,” said Ana Ruiz.',
    '“We will rebuild,” she said.',
    '“The wall failed us,” a neighbour thought aloud.',
  ].map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
};
const harbourDetection = stagedDetection([
  { words: 'Nobody asked us,', speaker: 'Ana Ruiz', offer: 'one-click', cue: { kind: 'name', words: 'Ana Ruiz' } },
  { words: 'We will rebuild,', speaker: 'Ana Ruiz', offer: 'question', cue: { kind: 'pronoun', words: 'she' } },
  {
    words: 'The wall failed us,',
    speaker: 'Tom Reed',
    offer: 'too weak',
    cue: { kind: 'previous-paragraph', words: null },
  },
]);
const popup = () => screen.getByRole('group', { name: 'Attribution' });

describe('how sure the suggestion is, and why', () => {
  it('offers a reliable suggestion in one click and says why, without a percentage', () => {
    const { cursorIn } = quotesDesk(harbourBody, [], harbourDetection);
    act(() => cursorIn('Nobody asked'));
    const accept = within(popup()).getByRole('button', { name: 'Attribute to Ana Ruiz' });
    expect(description(accept)).toBe('named in the cue: “Ana Ruiz”');
    expect(popup().textContent).toContain('named in the cue: “Ana Ruiz”');
    expect(popup().textContent).not.toMatch(/%|confidence/);
    expect(popup().textContent).not.toContain('Ana Ruiz?');
  });

  it('asks about a weaker candidate, and attributes only when the reporter answers yes', () => {
    const { cursorIn, session, quotes } = quotesDesk(harbourBody, [], harbourDetection);
    act(() => cursorIn('We will rebuild'));
    expect(within(popup()).queryByRole('button', { name: 'Attribute to Ana Ruiz' })).toBeNull();
    expect(popup().querySelector('.candidate-question')!.textContent).toBe('Ana Ruiz?');
    const yes = within(popup()).getByRole('button', { name: 'Yes, Ana Ruiz' });
    const other = within(popup()).getByRole('button', { name: 'Someone else…' });
    expect(description(yes)).toBe('Ana Ruiz? “she” → Ana Ruiz');
    expect(description(other)).toBe('Ana Ruiz? “she” → Ana Ruiz');
    expect(quotes()).toEqual([]);
    fireEvent.click(yes);
    const [ana] = session.getFields().sources;
    expect(ana?.name).toBe('Ana Ruiz');
    expect(quotes()).toEqual([{ text: 'We will rebuild,', sourceId: ana!.id }]);
  });

  it('answers "Someone else…" with the picker', () => {
    const { cursorIn, quotes } = quotesDesk(harbourBody, [], harbourDetection);
    act(() => cursorIn('We will rebuild'));
    fireEvent.click(within(popup()).getByRole('button', { name: 'Someone else…' }));
    const search = screen.getByRole('combobox', { name: 'Source' });
    fireEvent.change(search, { target: { value: 'Tom Reed' } });
    fireEvent.keyDown(search, { key: 'Enter' });
    expect(quotes()).toEqual([{ text: 'We will rebuild,', sourceId: expect.any(String) }]);
  });

  it('shows no candidate at all when the suggestion is too weak: only the picker', () => {
    const { cursorIn } = quotesDesk(harbourBody, [], harbourDetection);
    act(() => cursorIn('The wall failed'));
    expect(
      within(popup())
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Attribute to…']);
    expect(popup().textContent).not.toContain('Tom Reed');
  });

  it('follows the real detector: a quotation gets the button its offer allows', () => {
    // Whatever the calibration makes of this sentence, the detector's quotation carries it and the popup shows exactly that.
    const { cursorIn, editor } = quotesDesk(stoltenbergBody);
    act(() => cursorIn('We stand'));
    const offered = unmarkedAtCursor(editor);
    const buttons = within(popup())
      .getAllByRole('button')
      .map((button) => button.textContent);
    const level = offered.offer;
    expect(level).toBe(speakerOffer(offered.speaker, offered.confidence));
    if (level === 'one-click') expect(buttons).toEqual([`Attribute to ${offered.speaker}`, 'Attribute to…']);
    else if (level === 'question') expect(buttons).toEqual([`Yes, ${offered.speaker}`, 'Someone else…']);
    else expect(buttons).toEqual(['Attribute to…']);
  });
});

describe('what counts as a quotation the reporter selected', () => {
  it('one quotation with its marks, not two quotations and the speaker between them', () => {
    expect(looksQuoted('“a temporary pause”')).toBe(true);
    expect(looksQuoted('"We don’t know."')).toBe(true);
    expect(looksQuoted('“We had twenty minutes,” said Rosa. “Then the water came.”')).toBe(false);
    expect(looksQuoted('Ministers')).toBe(false);
    expect(looksQuoted('“')).toBe(false);
  });
});

function unmarkedAtCursor(editor: Editor): DetectedQuotation {
  const found = suggestionAtCursor(editor);
  if (!found) throw new Error('No detected quotation at the cursor.');
  return found;
}
