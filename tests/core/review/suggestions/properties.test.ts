// The promises of Suggest mode, over random articles and random edits made through the editor's
// path (suggest-harness.ts): rejecting every suggestion gives back the article exactly as it was,
// and accepting every one gives the article the same edits would have made with Suggest mode off.
import fc from 'fast-check';
import type { Mark, Node as PMNode } from '@tiptap/pm/model';
import { Transform } from '@tiptap/pm/transform';
import { describe, expect, it } from 'vitest';
import { bodySchema } from '../../../../core/body/schema';
import { bodyAsItStands } from '../../../../core/review/as-it-stands';
import { acceptSuggestionsIn, rejectSuggestions } from '../../../../core/review/suggestions/decide';
import { a, b, blockquote, br, doc, h, i, li, node, p, pullQuote, q, ul, type BodyJSON } from '../../../builders/body';
import { SuggestingDesk } from './suggest-harness';

const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é', ' ', '’', '—'), minLength: 1, maxLength: 8 });

/** A run of words, plain or with one of the marks reporters use. */
const run = fc.oneof(
  word,
  word.map((w) => b(w)),
  word.map((w) => i(w)),
  word.map((w) => a('https://example.com/report', w)),
  word.map((w) => q('s1', w)),
  fc.constant(br()),
);
const runs = fc.array(run, { minLength: 0, maxLength: 4 });

const block: fc.Arbitrary<BodyJSON> = fc.oneof(
  runs.map((parts) => p(...parts)),
  runs.map((parts) => h(2, ...parts)),
  fc.array(runs, { minLength: 1, maxLength: 3 }).map((items) => ul(...items.map((parts) => li(p(...parts))))),
  runs.map((parts) => blockquote(p(...parts))),
  fc.tuple(runs, word).map(([said, by]) => pullQuote(said, [by])),
);
const article = fc.array(block, { minLength: 1, maxLength: 5 }).map((blocks) => node(doc(...blocks)));

/** One edit, in fractions so it can land anywhere in whatever the document has become. */
interface Edit {
  kind: 'insert' | 'delete' | 'replace';
  block: number;
  start: number;
  end: number;
  words: string;
  bold: boolean;
  /** Which of two people makes it. */
  omar: boolean;
}
const edit: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom('insert', 'delete', 'replace'),
  block: fc.nat(),
  start: fc.double({ min: 0, max: 1, noNaN: true }),
  end: fc.double({ min: 0, max: 1, noNaN: true }),
  words: word,
  bold: fc.boolean(),
  omar: fc.boolean(),
});

function textblocks(doc: PMNode): { from: number; to: number; block: PMNode }[] {
  const found: { from: number; to: number; block: PMNode }[] = [];
  doc.descendants((child, pos) => {
    if (!child.isTextblock) return true;
    found.push({ from: pos + 1, to: pos + 1 + child.content.size, block: child });
    return false;
  });
  return found;
}

/** Where the edit lands in `doc`: a range inside one textblock, and the words to put there (with allowed marks). */
function place(doc: PMNode, e: Edit) {
  const blocks = textblocks(doc);
  const target = blocks[e.block % blocks.length]!;
  const size = target.to - target.from;
  let from = target.from + Math.min(size, Math.floor(e.start * (size + 1)));
  let to = target.from + Math.min(size, Math.floor(e.end * (size + 1)));
  if (from > to) [from, to] = [to, from];
  if (e.kind === 'insert') to = from;
  const schema = bodySchema();
  const marks: Mark[] =
    e.bold && target.block.type.allowsMarkType(schema.marks.bold!) ? [schema.marks.bold!.create()] : [];
  const words = e.kind === 'delete' ? null : schema.text(e.words, marks);
  return { from, to, words };
}

const accepted = (doc: PMNode) => {
  const tr = new Transform(doc);
  acceptSuggestionsIn(tr, 'all');
  return tr;
};

describe('Suggest mode over random articles and edits', () => {
  it('rejecting every suggestion gives back the article exactly; accepting every one gives what the same edits make with Suggest mode off', () => {
    fc.assert(
      fc.property(article, fc.array(edit, { minLength: 1, maxLength: 12 }), (original, edits) => {
        const desk = new SuggestingDesk(original);
        let normal = original;
        for (const e of edits) {
          const { from, to, words } = place(desk.doc, e);
          if (e.kind !== 'insert' && from === to && words === null) continue;
          // The same edit with Suggest mode off: on the accepted text, where these positions fall in it.
          const acceptance = accepted(desk.doc);
          expect(acceptance.doc.eq(normal)).toBe(true);
          const normalFrom = acceptance.mapping.map(from);
          const normalTo = acceptance.mapping.map(to);
          const plain = new Transform(normal);
          normal = (words ? plain.replaceWith(normalFrom, normalTo, words) : plain.delete(normalFrom, normalTo)).doc;
          desk.person = { name: e.omar ? 'Omar Haddad' : 'Amina Rahim' };
          desk.dispatch((state) => (words ? state.tr.replaceWith(from, to, words) : state.tr.delete(from, to)));
        }
        expect(rejectSuggestions(desk.doc, 'all').eq(original)).toBe(true);
        expect(accepted(desk.doc).doc.eq(normal)).toBe(true);
        // What every export reads: the article as it stood before anyone suggested anything.
        expect(node(bodyAsItStands(desk.doc.toJSON() as BodyJSON)).eq(original)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('a deletion from one block into another, rejected, gives back the article exactly', () => {
    const fraction = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(article, fc.nat(), fc.nat(), fraction, fraction, (original, one, other, x, y) => {
        const blocks = textblocks(original);
        const [first, last] = [blocks[one % blocks.length]!, blocks[other % blocks.length]!].sort(
          (m, n) => m.from - n.from,
        );
        fc.pre(first!.from < last!.from);
        const from = first!.from + Math.floor(x * (first!.to - first!.from));
        const to = last!.from + Math.floor(y * (last!.to - last!.from));
        const desk = new SuggestingDesk(original);
        desk.dispatch((state) => state.tr.delete(from, to));
        expect(rejectSuggestions(desk.doc, 'all').eq(original)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('keys pressed anywhere (typing, Backspace, Delete, by two people), rejected, give back the article exactly', () => {
    const key = fc.record({
      kind: fc.constantFrom('type', 'backspace', 'delete'),
      block: fc.nat(),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      words: word,
      times: fc.integer({ min: 1, max: 4 }),
      omar: fc.boolean(),
    });
    fc.assert(
      fc.property(article, fc.array(key, { minLength: 1, maxLength: 10 }), (original, keys) => {
        const desk = new SuggestingDesk(original);
        for (const k of keys) {
          const blocks = textblocks(desk.doc);
          const target = blocks[k.block % blocks.length]!;
          desk.select(
            target.from + Math.min(target.to - target.from, Math.floor(k.at * (target.to - target.from + 1))),
          );
          desk.person = { name: k.omar ? 'Omar Haddad' : 'Amina Rahim' };
          for (let n = 0; n < k.times; n++) {
            const { head } = desk.state.selection;
            // Backspace at a block's start and Delete at its end would join blocks: not words, left out here.
            const $head = desk.doc.resolve(head);
            if (k.kind === 'type') desk.type(k.words);
            else if (k.kind === 'backspace' && $head.parentOffset > 0) desk.backspace();
            else if (k.kind === 'delete' && $head.parentOffset < $head.parent.content.size) desk.forwardDelete();
          }
        }
        expect(rejectSuggestions(desk.doc, 'all').eq(original)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('a deletion from the words of one block into the words of another, accepted, gives what deleting it did with Suggest mode off', () => {
    const fraction = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(article, fc.nat(), fc.nat(), fraction, fraction, (original, one, other, x, y) => {
        const blocks = textblocks(original).filter(({ from, to }) => to > from);
        fc.pre(blocks.length >= 2);
        const [first, last] = [blocks[one % blocks.length]!, blocks[other % blocks.length]!].sort(
          (m, n) => m.from - n.from,
        );
        fc.pre(first!.from < last!.from);
        // At least one character struck out on each side.
        const from = first!.from + Math.min(first!.to - first!.from - 1, Math.floor(x * (first!.to - first!.from)));
        const to = last!.from + 1 + Math.min(last!.to - last!.from - 1, Math.floor(y * (last!.to - last!.from)));
        const desk = new SuggestingDesk(original);
        desk.dispatch((state) => state.tr.delete(from, to));
        expect(accepted(desk.doc).doc.eq(new Transform(original).delete(from, to).doc)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
