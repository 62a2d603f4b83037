// Marks added in one pass give exactly what ProseMirror's Transform.addMark gives one step at a
// time (the way imports marked quotations before, at the cost of a document per quotation), on
// generated documents with formatting, line breaks, lists, pull quotes and overlapping additions.
import { Transform } from '@tiptap/pm/transform';
import { describe, expect, it } from 'vitest';
import { seeded } from '../../../bench/seeded';
import { bodySchema, type BodyJSON } from '../../../core/body/schema';
import { markedRanges, withMarksAdded, type MarkAddition } from '../../../core/import/add-marks';
import { b, blockquote, br, doc, h, i, li, p, pullQuote, ul } from '../../builders/body';

/** A repeatable sequence, so a failing document can be made again. */
function randomFrom(seed: number): (below: number) => number {
  const next = seeded(seed);
  return (below) => Math.floor(next() * below);
}

function generatedBody(random: (below: number) => number): BodyJSON {
  const words = ['“We will act,”', 'said', 'Jane Doe,', 'the mayor.', 'The river', 'rose', '“It is over.”'];
  const inline = () =>
    Array.from(
      { length: 1 + random(5) },
      () => [words[random(words.length)]!, b('bold '), i('italic '), br()][random(4)]!,
    );
  // A pull quote's credit takes no quote mark: an addition over it leaves it as it is.
  const block = (): BodyJSON =>
    [
      p(...inline()),
      h(2, ...inline()),
      ul(li(p(...inline())), li(p(...inline()))),
      blockquote(p(...inline())),
      pullQuote('“We will act.”', 'Jane Doe'),
    ][random(5)]!;
  return doc(...Array.from({ length: 1 + random(6) }, block));
}

describe('adding many marks in one pass', () => {
  it.each(Array.from({ length: 40 }, (_, n) => n + 1))(
    'matches Transform.addMark step by step (document %i)',
    (seed) => {
      const random = randomFrom(seed);
      const document = bodySchema().nodeFromJSON(generatedBody(random));
      const size = document.content.size;
      const additions: MarkAddition[] = Array.from({ length: random(8) }, (_, n) => {
        const from = random(size);
        return {
          from,
          to: Math.min(size, from + 1 + random(30)),
          mark: bodySchema().marks.quote!.create({ quoteId: `q${n}`, sourceId: `s${random(3)}` }),
        };
      });
      const stepByStep = new Transform(document);
      for (const { from, to, mark } of additions) stepByStep.addMark(from, to, mark);

      expect(withMarksAdded(document, additions).toJSON()).toEqual(stepByStep.doc.toJSON());
    },
  );

  it('tells which ranges hold a mark of the type as ProseMirror does', () => {
    const document = bodySchema().nodeFromJSON(
      doc(
        p(
          'Before ',
          { type: 'text', text: '“marked”', marks: [{ type: 'quote', attrs: { quoteId: 'q', sourceId: null } }] },
          ' after.',
        ),
        p('Plain.'),
      ),
    );
    const quote = bodySchema().marks.quote!;
    const marked = markedRanges(document, quote);

    for (let from = 0; from < document.content.size; from++) {
      for (let to = from + 1; to <= document.content.size; to++)
        expect(marked(from, to), `${from}–${to}`).toBe(document.rangeHasMark(from, to, quote));
    }
  });
});
