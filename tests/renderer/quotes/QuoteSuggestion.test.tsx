// @vitest-environment jsdom
// Attributing from the body: one click for the detector's suggestion, the picker for anyone else.
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { closeQuotesDesks, quotesDesk, stoltenbergBody } from './quotesHarness';

afterEach(() => {
  cleanup();
  closeQuotesDesks();
});

describe('attributing a quotation from the body', () => {
  it('offers the suggested speaker and, in one click, creates the source and marks the quotation', async () => {
    const { cursorIn, session, quotes, saved } = quotesDesk(stoltenbergBody);
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
    const { cursorIn } = quotesDesk(stoltenbergBody);
    act(() => cursorIn('Ministers met'));
    expect(screen.queryByRole('group', { name: 'Attribution' })).toBeNull();
    act(() => cursorIn('We stand'));
    fireEvent.click(screen.getByRole('button', { name: 'Attribute to Jens Stoltenberg' }));
    expect(screen.queryByRole('button', { name: 'Attribute to Jens Stoltenberg' })).toBeNull();
  });

  it('attributes to a new source typed into the picker', () => {
    const { cursorIn, session, quotes } = quotesDesk(stoltenbergBody);
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

  it('filters existing sources as the reporter types and picks one with Enter', () => {
    const { cursorIn, editor, session, quotes } = quotesDesk(stoltenbergBody);
    act(() => cursorIn('We stand'));
    fireEvent.click(screen.getByRole('button', { name: 'Attribute to Jens Stoltenberg' }));
    const jensId = session.getFields().sources[0]!.id;
    act(() => {
      cursorIn('Ministers met');
      const from = editor.state.selection.from - 2;
      editor.commands.setTextSelection({ from, to: from + 'Ministers'.length });
    });
    fireEvent.click(screen.getByRole('button', { name: 'Attribute to…' }));
    const search = screen.getByRole('combobox', { name: 'Source' });
    fireEvent.change(search, { target: { value: 'stolt' } });
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Jens Stoltenberg, NATO Secretary General',
      'New source “stolt”',
    ]);
    fireEvent.keyDown(search, { key: 'Enter' });
    expect(quotes()).toContainEqual({ text: 'Ministers', sourceId: jensId });
    expect(session.getFields().sources).toHaveLength(1);
  });
});
