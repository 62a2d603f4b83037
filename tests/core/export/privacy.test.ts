// What is private never leaves: the internal note, source contact notes and every source field
// but name and role, the publish-stamp record with its override reasons, in no format at all.
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../core/article/article';
import { createExporter } from '../../../core/export/exporter';
import { doc, everyNodeAndMark, p, q } from '../../builders/body';
import { fullStory, settings, source } from '../../builders/article';

const MARKER = 'PRIVATE-7f3a';

function privateArticle(): Article {
  return fullStory(
    doc(...(everyNodeAndMark().content ?? []), p('And ', ...q('s2', '“a quotation by the second source”'), '.')),
    {
      internalNote: `${MARKER} internal note`,
      sources: [
        source('s1', 'Jens Stoltenberg', {
          title: 'NATO Secretary General',
          contactNotes: `${MARKER} contact notes`,
          organisation: `${MARKER} organisation`,
          where: `${MARKER} where`,
          when: `${MARKER} when`,
        }),
        source('s2', 'a spokeswoman', { contactNotes: `${MARKER} second contact notes` }),
      ],
      publishStamps: [
        {
          id: 'stamp-1',
          kind: 'published',
          publishedAt: '2021-02-18T21:14:00-05:00',
          previous: null,
          stampedAt: '2021-02-18T21:14:05-05:00',
          by: `${MARKER} stamped by`,
          reason: `${MARKER} reason`,
          override: { reason: `${MARKER} override reason`, problems: [`${MARKER}-PROBLEM`] },
        },
      ],
      // Who stamped an update is for the desk, not for readers.
      updates: [
        {
          id: 'u1',
          kind: 'correction',
          at: '2021-02-19T15:00:00Z',
          note: 'Fixes the date.',
          by: `${MARKER} update by`,
        },
      ],
    },
  );
}

describe('private fields', () => {
  const article = privateArticle();
  for (const quoteSources of [false, true]) {
    const exporter = createExporter(settings({ exportQuoteSources: quoteSources, baseUrl: 'https://news.example/' }));
    const outputs: [string, string][] = [
      ['document', exporter.document(article)],
      ['fragment html with header', exporter.fragment(article, { header: true }).html],
      ['fragment text with header', exporter.fragment(article, { header: true }).text],
      ['fragment html', exporter.fragment(article, { header: false }).html],
      ['fragment text', exporter.fragment(article, { header: false }).text],
      ['ninjs', JSON.stringify(exporter.ninjs(article))],
    ];
    for (const [name, output] of outputs) {
      it(`never appear in the ${name}${quoteSources ? ' with quotation sources on' : ''}`, () => {
        // The export is not empty, and the public parts are there: the marker's absence means something.
        expect(output).toContain('Stoltenberg');
        expect(output).not.toContain(MARKER);
      });
    }
  }

  it('with quotation sources on, a quotation carries its source’s name', () => {
    const html = createExporter(settings({ exportQuoteSources: true })).document(article);
    expect(html).toContain('data-source="a spokeswoman"');
  });
});
