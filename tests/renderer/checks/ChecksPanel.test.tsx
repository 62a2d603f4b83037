// @vitest-environment jsdom
// The Checks panel: the pre-publish problems, blocking first, refreshed once the reporter pauses,
// each with a way to the place to fix it.
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Editor } from '@tiptap/core';
import { paragraphs } from '../fakeApi';
import type { StagedQuotation } from '../quotes/offers';
import { describedBy } from '../quotes/quotesHarness';
import { checksDesk, closeChecksDesks } from './checksDesk';
import { closeDatesDesks, datesDesk, readyArticle } from '../dates/datesDesk';

afterEach(() => {
  cleanup();
  closeDatesDesks();
  closeChecksDesks();
  vi.useRealTimers();
});

const checks = () => screen.getByRole('region', { name: 'Checks' });
const problems = () => within(checks()).queryAllByRole('listitem');
const QUOTED = '“We will rebuild it before the winter storms,” said Rosa Almeida.';

describe('the Checks panel', () => {
  it('lists blocking problems before warnings, with their severity and message', () => {
    datesDesk(readyArticle({ dateline: null, lengthTarget: 800, body: paragraphs(QUOTED) }));
    expect(within(checks()).getByRole('status').textContent).toBe(
      '2 blocking problems, 1 warning. Publication is refused until the blocking ones are fixed or overridden.',
    );
    const read = (selector: string) => problems().map((item) => item.querySelector(selector)!.textContent);
    expect(read('.problem-severity')).toEqual(['Blocking', 'Blocking', 'Warning']);
    expect(read('.problem-message')).toEqual([
      'The article has no dateline.',
      'The quotation “We will rebuild it before the…” has no source.',
      'The body has 11 words, under half the length target of 800.',
    ]);
    expect(read('.problem-actions button')).toEqual(['Go to dateline', 'Go to quotation', 'Go to length target']);
  });

  it('says so when nothing stops publication', () => {
    datesDesk();
    expect(within(checks()).getByRole('status').textContent).toBe('No problems: nothing stops publication.');
    expect(problems()).toEqual([]);
  });

  it('runs again half a second after the reporter pauses, not on each keystroke', () => {
    vi.useFakeTimers();
    const { editor } = datesDesk(readyArticle({ body: paragraphs('The council met.') }));
    const end = () => editor.state.doc.content.size - 1;
    act(() => void editor.commands.insertContentAt(end(), ' “We will rebuild it,'));
    act(() => vi.advanceTimersByTime(300));
    act(() => void editor.commands.insertContentAt(end(), '” said Rosa Almeida.'));
    act(() => vi.advanceTimersByTime(300));
    // 600 ms after the first keystroke but 300 after the last: still the old result.
    expect(problems()).toEqual([]);
    act(() => vi.advanceTimersByTime(250));
    expect(problems().map((item) => item.querySelector('.problem-message')!.textContent)).toEqual([
      'The quotation “We will rebuild it,” has no source.',
    ]);
  });

  it('follows a field edit once the reporter pauses', async () => {
    const { session } = datesDesk(readyArticle({ dateline: null }));
    expect(problems()).toHaveLength(1);
    act(() => session.editFields({ dateline: { place: 'PORTHAVEN', timeZone: null } }));
    expect(problems()).toHaveLength(1);
    await waitFor(() => expect(problems()).toHaveLength(0));
  });

  it('jumps to a quotation by selecting it in the body', () => {
    const { editor } = datesDesk(readyArticle({ body: paragraphs('The council met.', QUOTED) }));
    fireEvent.click(within(checks()).getByRole('button', { name: 'Go to quotation' }));
    const { from, to } = editor.state.selection;
    expect(editor.state.doc.textBetween(from, to)).toBe('We will rebuild it before the winter storms,');
  });

  it('jumps to a field by bringing its panel into view and focusing it', async () => {
    const { onShowPanel } = datesDesk(readyArticle({ dateline: null }));
    // The Details panel stands in here as its dateline control.
    const dateline = document.body.appendChild(
      Object.assign(document.createElement('input'), { id: 'article-dateline' }),
    );
    fireEvent.click(within(checks()).getByRole('button', { name: 'Go to dateline' }));
    expect(onShowPanel).toHaveBeenCalledWith('Details');
    await waitFor(() => expect(document.activeElement).toBe(dateline));
    dateline.remove();
  });
});

describe('unattributed quotations of one speaker', () => {
  const lines = Array.from({ length: 15 }, (_, n) => `“We will hold line ${n + 1},” a NATO spokesperson said.`);
  const spokesperson = (offer: StagedQuotation['offer']): StagedQuotation[] =>
    lines.map((_, n) => ({
      words: `We will hold line ${n + 1},`,
      speaker: 'a NATO spokesperson',
      speakerKind: 'unnamed',
      offer,
      cue: { kind: 'unnamed', words: 'a NATO spokesperson' },
    }));
  // The rows about quotations (attributing one adds a warning: its new source is not verified yet).
  const rows = () =>
    [...within(checks()).getByRole('list', { name: 'Problems' }).querySelectorAll(':scope > li')].filter((row) =>
      /quotation/.test(row.querySelector('.problem-message')!.textContent!),
    ) as HTMLElement[];
  const quotesMarked = (editor: Editor, sourceId?: string) => {
    let marked = 0;
    editor.state.doc.descendants((node) => {
      const quote = node.marks.find((mark) => mark.type.name === 'quote');
      if (quote && (sourceId === undefined || quote.attrs.sourceId === sourceId)) marked++;
    });
    return marked;
  };

  it('offered in one click, are one row that attributes all fifteen to one unnamed source in one undoable step', async () => {
    const { editor, session } = checksDesk(
      readyArticle({ body: paragraphs('The alliance met.', ...lines) }),
      spokesperson('one-click'),
    );
    expect(rows()).toHaveLength(1);
    expect(rows()[0]!.querySelector('.problem-message')!.textContent).toBe(
      '15 quotations have no source — suggested: a NATO spokesperson (unnamed source)',
    );
    expect(rows()[0]!.querySelector('.candidate-reason')!.textContent).toBe('unnamed source: “a NATO spokesperson”');
    const all = within(checks()).getByRole('button', {
      name: 'Attribute all 15 to an unnamed source: a NATO spokesperson',
    });
    expect(describedBy(all)).toBe('unnamed source: “a NATO spokesperson”');
    fireEvent.click(within(checks()).getByRole('button', { name: 'Show the 15 quotations' }));
    expect(within(checks()).getAllByRole('button', { name: /^Go to quotation “We will hold line/ })).toHaveLength(15);
    fireEvent.click(all);
    await waitFor(() => expect(within(checks()).getByRole('status').textContent).toMatch(/^0 blocking problems/));
    const [source] = session.getFields().sources;
    expect(session.getFields().sources).toHaveLength(1);
    expect(source).toMatchObject({ name: '', title: 'a NATO spokesperson' });
    expect(quotesMarked(editor, source!.id)).toBe(15);
    act(() => void editor.commands.undo());
    expect(quotesMarked(editor)).toBe(0);
  });

  it('asked about, are never attributed all at once: each is a question of its own, answered yes or someone else', async () => {
    const three = lines.slice(0, 3);
    const { editor, session } = checksDesk(
      readyArticle({ body: paragraphs('The alliance met.', ...three) }),
      spokesperson('question').slice(0, 3),
    );
    expect(rows()).toHaveLength(3);
    expect(within(checks()).queryByRole('button', { name: /^Attribute all/ })).toBeNull();
    expect(within(checks()).queryByRole('button', { name: /^Attribute .*to an unnamed source/ })).toBeNull();
    const first = rows()[0]!;
    expect(first.querySelector('.candidate-question')!.textContent).toBe('a NATO spokesperson?');
    expect(first.querySelector('.candidate-reason')!.textContent).toBe('unnamed source: “a NATO spokesperson”');
    const yes = within(first).getByRole('button', {
      name: /^Yes, a NATO spokesperson\s*— “We will hold line 1,”$/,
    });
    expect(describedBy(yes)).toBe('a NATO spokesperson? unnamed source: “a NATO spokesperson”');
    fireEvent.click(yes);
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(quotesMarked(editor, session.getFields().sources[0]!.id)).toBe(1);

    fireEvent.click(within(rows()[0]!).getByRole('button', { name: /^Someone else…\s*— “We will hold line 2,”$/ }));
    const search = screen.getByRole('combobox', { name: 'Source' });
    fireEvent.change(search, { target: { value: 'Ana Ruiz' } });
    fireEvent.keyDown(search, { key: 'Enter' });
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(session.getFields().sources.map((source) => source.name)).toEqual(['', 'Ana Ruiz']);
  });

  it('asked about the same speaker for different reasons, each row says its own reason', () => {
    const mayor = ['“Nobody asked us,” said Ana Ruiz.', '“We will rebuild,” she said.', '“The money is there.”'];
    checksDesk(readyArticle({ body: paragraphs('The mayor came to the harbour.', ...mayor) }), [
      { words: 'Nobody asked us,', speaker: 'Ana Ruiz', offer: 'question', cue: { kind: 'name', words: 'Ana Ruiz' } },
      { words: 'We will rebuild,', speaker: 'Ana Ruiz', offer: 'question', cue: { kind: 'pronoun', words: 'she' } },
      {
        words: 'The money is there.',
        speaker: 'Ana Ruiz',
        offer: 'question',
        cue: { kind: 'previous-paragraph', words: null },
      },
    ]);
    expect(rows().map((row) => row.querySelector('.candidate-question')!.textContent)).toEqual([
      'Ana Ruiz?',
      'Ana Ruiz?',
      'Ana Ruiz?',
    ]);
    expect(rows().map((row) => row.querySelector('.candidate-reason')!.textContent)).toEqual([
      'named in the cue: “Ana Ruiz”',
      '“she” → Ana Ruiz',
      'the one speaker of the paragraph before',
    ]);
    const yes = within(rows()[1]!).getByRole('button', { name: /^Yes, Ana Ruiz\s*— “We will rebuild,”$/ });
    expect(describedBy(yes)).toBe('Ana Ruiz? “she” → Ana Ruiz');
  });

  it('keep a speaker’s one-click quotations together and ask about the rest; a candidate too weak is not shown', () => {
    checksDesk(readyArticle({ body: paragraphs('The alliance met.', ...lines.slice(0, 4)) }), [
      ...spokesperson('one-click').slice(0, 2),
      spokesperson('question')[2]!,
      { ...spokesperson('too weak')[3]!, speaker: 'Tom Reed', speakerKind: 'person' },
    ]);
    const texts = rows().map((row) => row.querySelector('.problem-message')!.textContent);
    expect(texts).toEqual([
      '2 quotations have no source — suggested: a NATO spokesperson (unnamed source)',
      'The quotation “We will hold line 3,” has no source.',
      'The quotation “We will hold line 4,” has no source.',
    ]);
    expect(
      within(checks()).getByRole('button', { name: 'Attribute all 2 to an unnamed source: a NATO spokesperson' }),
    ).toBeTruthy();
    expect(rows()[1]!.querySelector('.candidate-question')!.textContent).toBe('a NATO spokesperson?');
    expect(rows()[2]!.textContent).not.toContain('Tom Reed');
    expect(
      within(rows()[2]!)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Go to quotation', 'Attribute to… — “We will hold line 4,”']);
  });

  it('say why for a one-click quotation on its own, and attribute it from its row', async () => {
    const { session } = checksDesk(readyArticle({ body: paragraphs('The alliance met.', lines[0]!) }), [
      {
        ...spokesperson('one-click')[0]!,
        speaker: 'Ana Ruiz',
        speakerKind: 'person',
        cue: { kind: 'pronoun', words: 'she' },
      },
    ]);
    expect(rows()[0]!.querySelector('.candidate-name')!.textContent).toBe('Suggested: Ana Ruiz');
    const accept = within(checks()).getByRole('button', {
      name: /^Attribute to Ana Ruiz\s*— “We will hold line 1,”$/,
    });
    expect(describedBy(accept)).toBe('“she” → Ana Ruiz');
    fireEvent.click(accept);
    await waitFor(() => expect(within(checks()).getByRole('status').textContent).toMatch(/^0 blocking problems/));
    expect(session.getFields().sources.map((source) => source.name)).toEqual(['Ana Ruiz']);
  });
});
