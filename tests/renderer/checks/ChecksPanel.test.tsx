// @vitest-environment jsdom
// The Checks panel: the pre-publish problems, blocking first, refreshed once the reporter pauses,
// each with a way to the place to fix it.
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { paragraphs } from '../fakeApi';
import { closeDatesDesks, datesDesk, readyArticle } from '../dates/datesDesk';

afterEach(() => {
  cleanup();
  closeDatesDesks();
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
    expect(problems().map((item) => item.textContent)).toEqual([
      'BlockingThe article has no dateline.Go to dateline',
      'BlockingThe quotation “We will rebuild it before the…” has no source. The text suggests Rosa Almeida.Go to quotationAttribute to Rosa Almeida',
      'WarningThe body has 11 words, under half the length target of 800.Go to length target',
    ]);
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
      'The quotation “We will rebuild it,” has no source. The text suggests Rosa Almeida.',
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
  const rows = () => within(checks()).getByRole('list', { name: 'Problems' }).querySelectorAll(':scope > li');

  it('are one row that attributes all fifteen to one unnamed source in one undoable step', async () => {
    const { editor, session } = datesDesk(readyArticle({ body: paragraphs('The alliance met.', ...lines) }));
    expect(rows()).toHaveLength(1);
    expect(rows()[0]!.querySelector('.problem-message')!.textContent).toBe(
      '15 quotations have no source — suggested: a NATO spokesperson (unnamed source)',
    );
    fireEvent.click(within(checks()).getByRole('button', { name: 'Show the 15 quotations' }));
    expect(within(checks()).getAllByRole('button', { name: /^Go to quotation “We will hold line/ })).toHaveLength(15);
    fireEvent.click(
      within(checks()).getByRole('button', { name: 'Attribute all 15 to an unnamed source: a NATO spokesperson' }),
    );
    await waitFor(() => expect(within(checks()).getByRole('status').textContent).toMatch(/^0 blocking problems/));
    const [source] = session.getFields().sources;
    expect(session.getFields().sources).toHaveLength(1);
    expect(source).toMatchObject({ name: '', title: 'a NATO spokesperson' });
    let marked = 0;
    editor.state.doc.descendants((node) => {
      if (node.marks.some((mark) => mark.type.name === 'quote' && mark.attrs.sourceId === source!.id)) marked++;
    });
    expect(marked).toBe(15);
    act(() => void editor.commands.undo());
    let left = 0;
    editor.state.doc.descendants((node) => {
      if (node.marks.some((mark) => mark.type.name === 'quote')) left++;
    });
    expect(left).toBe(0);
  });
});
