import fc from 'fast-check';
import type { Node as PMNode } from '@tiptap/pm/model';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { bodySchema } from '../../../core/body/schema';
import { detectQuotations } from '../../../core/quotes/detect';
import { detectedQuotes, quoteDetectionPlugin } from '../../../core/quotes/detection-extension';
import { IncrementalDetector, ScansByNode } from '../../../core/quotes/incremental';
import { blockParagraphs, plainTextParagraphs } from '../../../core/quotes/plain-text';

// Text made of the pieces quotation detection cares about, so marks, cues and names collide often.
const newsText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '“',
        '”',
        '"',
        '’',
        '‘',
        "'",
        ' ',
        ' ',
        '\n',
        '\u00a0',
        '.',
        ',',
        ':',
        'said',
        'he',
        'she',
        'Ana Ruiz',
        'Mayor Tom Reed',
        'Reed',
        'the fire chief',
        'a spokeswoman',
        'according to',
        'NATO',
        'so-called',
        'the word',
        'We',
      ),
      fc.string({ maxLength: 3 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

const schema = bodySchema();

function docOf(text: string): PMNode {
  const blocks = text.split('\n').map((line) => schema.node('paragraph', null, line === '' ? [] : [schema.text(line)]));
  return schema.node('doc', null, blocks);
}

/** The quotations the plain-text path finds in the editor's document, for comparison with the plugin. */
function scannedWhole(doc: PMNode) {
  const blocks: string[] = [];
  doc.forEach((block) => blocks.push(block.textContent));
  return detectQuotations(blockParagraphs(blocks.join('\n\n')));
}

const withoutRanges = (state: EditorState) =>
  detectedQuotes(state).map(({ ranges: _ranges, ...quotation }) => quotation);

describe('detection on arbitrary text', () => {
  it('never throws', () => {
    fc.assert(
      fc.property(fc.oneof(newsText, fc.string({ unit: 'grapheme' })), (text) => {
        detectQuotations(plainTextParagraphs(text), text);
      }),
      { numRuns: 400 },
    );
  });

  it('always gives offsets that slice to the quotation’s text, and pieces inside their paragraphs', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        const paragraphs = plainTextParagraphs(text);
        for (const quotation of detectQuotations(paragraphs, text)) {
          expect(text.slice(quotation.start, quotation.end)).toBe(quotation.text);
          for (const piece of quotation.pieces) {
            expect(
              0 <= piece.from && piece.from <= piece.to && piece.to <= paragraphs[piece.paragraph]!.text.length,
            ).toBe(true);
          }
          expect(quotation.confidence).toBeGreaterThanOrEqual(0);
          expect(quotation.confidence).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same quotations through the text-keyed incremental detector as from a whole scan, edit after edit', () => {
    fc.assert(
      fc.property(fc.array(newsText, { minLength: 1, maxLength: 6 }), (versions) => {
        const detector = new IncrementalDetector();
        for (const text of versions) {
          const paragraphs = plainTextParagraphs(text);
          expect(detector.detect(paragraphs, text)).toEqual(detectQuotations(paragraphs, text));
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('the editor’s incremental path', () => {
  it('gives the same quotations for a document typed keystroke by keystroke as for the document scanned whole', () => {
    fc.assert(
      fc.property(
        newsText,
        fc.array(fc.nat(), { maxLength: 60 }),
        fc.constantFrom(1, 2, 16),
        (text, places, spacing) => {
          // Checkpoints of the attribution walk one, two or sixteen paragraphs apart (16 is the editor's).
          let state = EditorState.create({
            schema,
            doc: docOf(''),
            plugins: [quoteDetectionPlugin(new ScansByNode<PMNode>(), spacing)],
          });
          // Each keystroke goes in at the end or at an earlier place, as a reporter revising would.
          [...text].forEach((char, i) => {
            const place = places[i];
            const end = state.doc.content.size - 1;
            const pos = place === undefined || place % 3 !== 0 ? end : 1 + (place % end || 0);
            const at = TextSelection.near(state.doc.resolve(Math.min(pos, end))).from;
            state = state.apply(char === '\n' ? state.tr.split(at) : state.tr.insertText(char, at));
          });
          const whole = EditorState.create({ schema, doc: state.doc, plugins: [quoteDetectionPlugin()] });
          expect(detectedQuotes(state)).toEqual(detectedQuotes(whole));
          expect(withoutRanges(whole)).toEqual(scannedWhole(state.doc));
        },
      ),
      { numRuns: 150 },
    );
  });
});
