import { describe, expect, it } from 'vitest';
import { bodyPlainText, countWords } from '../../../core/body/text';
import { blockquote, br, doc, h, li, p, pullQuote, ul } from '../../builders/body';

describe('countWords', () => {
  it.each([
    ['', 0],
    ['NATO allies met on Thursday.', 5],
    ['a well-known conditions-based plan', 4],
    ["They didn’t go alone; they don't now.", 7],
    ['roughly 10,000 troops after 9/11', 5],
    ['peace—and then—talks', 4],
    ['1.5 million in 2021 – a record', 6],
    ['  spaces\u00a0and\u00a0no-break   spaces ', 4],
  ])('%j has %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });
});

describe('bodyPlainText', () => {
  it('joins blocks with blank lines and keeps hard breaks as newlines', () => {
    const body = doc(h(2, 'Subhead'), p('First line', br(), 'second line'), ul(li(p('item'))), blockquote(p('quoted')));
    expect(bodyPlainText(body)).toBe('Subhead\n\nFirst line\nsecond line\n\nitem\n\nquoted');
  });

  it('includes a pull quote and its attribution as blocks of their own', () => {
    const body = doc(p('Before.'), pullQuote('We rebuild', 'Mayor'));
    expect(bodyPlainText(body)).toBe('Before.\n\nWe rebuild\n\nMayor');
  });
});
