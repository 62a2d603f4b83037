// A newer file opened read-only holds placeholders for what this version does not know: the export
// refuses it in every format with one sentence, so a placeholder is never published.
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../core/article/read';
import { serializeArticle } from '../../../core/article/serialize';
import type { BodyJSON } from '../../../core/body/schema';
import { createExporter } from '../../../core/export/exporter';
import { UnpublishableContent } from '../../../core/export/unpublishable';
import { doc, p, unfitDoc } from '../../builders/body';
import { settings, story } from '../../builders/article';

function readNewer(body: BodyJSON) {
  const read = readArticle(new TextEncoder().encode(serializeArticle({ ...story(body), version: 2 })));
  if (!read.ok) throw new Error(read.problem.message);
  return read.article;
}

const REFUSAL =
  /^The article holds content from a newer version of Byline \(fact box\) that this version shows only as a placeholder; it is not exported, so that no placeholder is ever published\. Export it from a newer Byline\.$/;

describe('exporting a newer file with content this version does not know', () => {
  const exporter = createExporter(settings());
  const withBlock = readNewer(unfitDoc(p('Before.'), { type: 'factBox', content: [p('Population: 4.2 million')] }));
  const withMark = readNewer(
    unfitDoc(p('A ', { type: 'text', text: 'marked', marks: [{ type: 'highlight' }] }, ' word.')),
  );

  it.each([
    ['the page', () => exporter.document(withBlock)],
    ['the fragment for a CMS', () => exporter.fragment(withBlock, { header: true })],
    ['the ninjs item', () => exporter.ninjs(withBlock)],
  ])('refuses %s with a sentence, not "Unknown node type"', (_name, render) => {
    expect(render).toThrow(UnpublishableContent);
    expect(render).toThrow(REFUSAL);
  });

  it('refuses formatting it does not know as well', () => {
    expect(() => exporter.document(withMark)).toThrow(/holds content from a newer version of Byline \(highlight\)/);
  });

  it('still exports a newer file whose body it knows whole', () => {
    expect(exporter.document(readNewer(doc(p('Talks ended.'))))).toContain('<p>Talks ended.</p>');
  });
});
