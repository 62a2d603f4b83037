// No pending suggestion and no comment reaches a reader: every export format reads the article as
// it stands (core/review/as-it-stands.ts), with a suggested deletion's words still in it.
import { describe, expect, it } from 'vitest';
import { createExporter } from '../../../core/export/exporter';
import { settings } from '../../builders/article';
import { doc, p } from '../../builders/body';
import { articleOnTheDesk, COMMENT_MARKER, INSERTED_MARKER, STRUCK_WORDS } from './desk-article';

describe('exports read the article as it stands', () => {
  const exporter = createExporter(settings({ exportQuoteSources: true }));
  const article = articleOnTheDesk();
  const formats: [string, string][] = [
    ['the HTML page', exporter.document(article)],
    ['the fragment', exporter.fragment(article, { header: false }).html],
    ['the fragment’s text', exporter.fragment(article, { header: false }).text],
    ['the fragment with its header', exporter.fragment(article, { header: true }).html],
    ['the fragment with its header, as text', exporter.fragment(article, { header: true }).text],
    ['ninjs', JSON.stringify(exporter.ninjs(article))],
  ];

  it.each(formats)('%s has neither the suggested words nor the comment, and still the struck-out words', (_, out) => {
    expect(out).not.toContain(INSERTED_MARKER);
    expect(out).not.toContain(COMMENT_MARKER);
    expect(out).toContain(STRUCK_WORDS);
    expect(out).not.toMatch(/data-suggestion-id|data-thread-id|<ins|<del/);
  });

  it('the page still reads as one sentence where the desk marks were, with the quotation attributed', () => {
    const html = exporter.fragment(article, { header: false }).html;
    expect(html).toContain(`Ministers met in ${STRUCK_WORDS} Brussels.`);
    expect(html).toContain('<span class="quote" data-source="Jens Stoltenberg">“we will stay”</span> on Thursday.');
  });

  it('counts the words as they stand: the suggested words are not counted', () => {
    const ninjs = exporter.ninjs(article) as { wordcount?: number; word_count?: number };
    const counted = ninjs.wordcount ?? ninjs.word_count;
    const withoutSuggestion = exporter.ninjs({
      ...article,
      body: doc(p(`Ministers met in ${STRUCK_WORDS} Brussels.`), p('Stoltenberg said “we will stay” on Thursday.')),
    }) as typeof ninjs;
    expect(counted).toBe(withoutSuggestion.wordcount ?? withoutSuggestion.word_count);
  });
});
