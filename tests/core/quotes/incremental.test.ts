// The editor's incremental path against a whole scan, with checkpoints close together so that
// edits land before, on and after them: typing, deleting, splitting and joining paragraphs,
// removing and inserting blocks, and changing a speaker that later quotations depend on.
import fc from 'fast-check';
import type { Node as PMNode } from '@tiptap/pm/model';
import { EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { bodySchema, type BodyJSON } from '../../../core/body/schema';
import { bodyPlainText } from '../../../core/body/text';
import { detectQuotations } from '../../../core/quotes/detect';
import { detectedQuotes, quoteDetectionKey, quoteDetectionPlugin } from '../../../core/quotes/detection-extension';
import { ScansByNode } from '../../../core/quotes/incremental';
import { blockParagraphs } from '../../../core/quotes/plain-text';
import { blockquote, doc, hr, node, p, paragraphs } from '../../builders/body';

const schema = bodySchema();

function stateOf(body: PMNode, spacing: number): EditorState {
  return EditorState.create({ schema, doc: body, plugins: [quoteDetectionPlugin(new ScansByNode<PMNode>(), spacing)] });
}

/** What a fresh whole reading of the same document finds. */
const wholeOf = (state: EditorState) => detectedQuotes(stateOf(state.doc, 1000));
const walked = (state: EditorState) => quoteDetectionKey.getState(state)!.walked;

/** The document position where the `nth` occurrence of `text` starts. */
function positionOf(body: PMNode, text: string, nth = 0): number {
  const found: number[] = [];
  body.descendants((node, pos) => {
    if (!node.isText) return true;
    for (let at = node.text!.indexOf(text); at !== -1; at = node.text!.indexOf(text, at + 1)) found.push(pos + at);
    return false;
  });
  if (found[nth] === undefined) throw new Error(`no ${text} #${nth}`);
  return found[nth];
}

const replace = (state: EditorState, text: string, by: string, nth = 0) => {
  const at = positionOf(state.doc, text, nth);
  return state.apply(state.tr.insertText(by, at, at + text.length));
};

// Pieces that make quotation marks, cues, names, pronouns and descriptors collide often; a letter
// typed into a descriptor or a name makes a source that nothing later mentions.
const WORDS = [
  'A spokeswoman for the ministry said ',
  'Mayor Ann Fox',
  'she told reporters: “',
  'the forecaster, the Coastal Weather Service, said',
  'the forecaster said',
  'Fox said.',
  '“',
  '”',
  '"',
  '’',
  "'",
  ' ',
  ' ',
  '.',
  ',',
  ':',
  'said',
  'he',
  'she',
  'they',
  'told reporters',
  'Ana Ruiz',
  'Mayor Tom Reed',
  'Reed',
  'Ruiz',
  'Tom Ruiz',
  'the fire chief',
  'a spokeswoman',
  'according to',
  'NATO',
  'the union',
  'We',
  'x',
];
const sentence = fc.array(fc.constantFrom(...WORDS), { maxLength: 14 }).map((parts) => parts.join(''));
const block = fc.oneof(
  { weight: 8, arbitrary: sentence.map((text) => p(text)) },
  {
    weight: 1,
    arbitrary: fc
      .array(sentence, { minLength: 1, maxLength: 3 })
      .map((texts) => blockquote(...texts.map((text) => p(text)))),
  },
  { weight: 1, arbitrary: fc.constant(hr()) },
);
const body = fc.array(block, { minLength: 1, maxLength: 24 }).map((blocks) => node(doc(...blocks)));

/** One edit, from a few numbers, to whatever the document is by then. */
type Edit = (state: EditorState) => Transaction | null;
const at = (state: EditorState, n: number) =>
  TextSelection.near(state.doc.resolve(Math.min(n % (state.doc.content.size + 1), state.doc.content.size))).from;
const topLevelStart = (state: EditorState, index: number) => {
  let pos = 0;
  for (let i = 0; i < index; i++) pos += state.doc.child(i).nodeSize;
  return pos;
};
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.tuple(fc.nat(), fc.constantFrom(...WORDS)).map(
    ([n, word]): Edit =>
      (state) =>
        state.tr.insertText(word, at(state, n)),
  ),
  fc.nat().map((n): Edit => (state) => {
    const pos = at(state, n);
    return state.doc.resolve(pos).parent.isTextblock ? state.tr.split(pos) : null;
  }),
  fc.tuple(fc.nat(), fc.nat({ max: 40 })).map(([n, length]): Edit => (state) => {
    const from = at(state, n);
    const to = at(state, from + length);
    return to > from ? state.tr.delete(from, to) : null;
  }),
  fc.nat().map((n): Edit => (state) => {
    if (state.doc.childCount < 2) return null;
    const index = n % state.doc.childCount;
    return state.tr.delete(topLevelStart(state, index), topLevelStart(state, index + 1));
  }),
  fc.tuple(fc.nat(), sentence).map(
    ([n, text]): Edit =>
      (state) =>
        state.tr.insert(topLevelStart(state, n % (state.doc.childCount + 1)), node(p(text))),
  ),
);

describe('incremental detection with checkpoints', () => {
  it('equals a whole scan after every edit, whatever the edits and wherever the checkpoints', () => {
    fc.assert(
      fc.property(
        body,
        fc.array(edit, { minLength: 1, maxLength: 16 }),
        fc.integer({ min: 1, max: 3 }),
        (start, edits, spacing) => {
          let state = stateOf(start, spacing);
          for (const change of edits) {
            const tr = change(state);
            if (!tr) continue;
            state = state.apply(tr);
            expect(detectedQuotes(state)).toEqual(wholeOf(state));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finds what the command line finds in the same text, offsets included', () => {
    fc.assert(
      fc.property(body, fc.array(edit, { maxLength: 6 }), (start, edits) => {
        let state = stateOf(start, 2);
        for (const change of edits) {
          const tr = change(state);
          if (tr) state = state.apply(tr);
        }
        // The editor takes the text between paragraphs to be line breaks (detectFromScans), which a
        // block of spaces between two parts of one quotation is not; that case is not compared here.
        const blocks: string[] = [];
        state.doc.descendants((node) => (node.isTextblock ? (blocks.push(node.textContent), false) : true));
        fc.pre(blocks.every((block) => block === '' || block.trim() !== ''));
        const text = bodyPlainText(state.doc.toJSON() as BodyJSON);
        const found = detectedQuotes(state).map(({ ranges: _ranges, ...quotation }) => quotation);
        expect(found).toEqual(detectQuotations(blockParagraphs(text), text));
      }),
      { numRuns: 150 },
    );
  });
});

// A story in the shape of the benchmark's, repeated: names, surnames, pronouns, AP continuations, descriptors.
const STORY = [
  'Mayor Ann Fox said on Wednesday that the harbour would reopen.',
  '“We will not leave until the work is done,” Fox said.',
  'Officials at the old bridge said repairs would take a year.',
  'She told reporters: “The budget for repairs has to double.”',
  '“Nobody should wait three hours for an ambulance.',
  '“The water came faster than anyone had predicted,” she added.',
  'A spokeswoman for the ministry called the response “slow”.',
  'The plan covers the ring road and the northern districts.',
];
const story = (times: number) => Array.from({ length: times }, () => STORY).flat();

describe('edits around checkpoints in a long article', () => {
  it('equals a whole scan for a keystroke in every paragraph, at its start and at its end', () => {
    for (const spacing of [1, 3, 4]) {
      const texts = story(4);
      for (let index = 0; index < texts.length; index++) {
        const state = stateOf(node(paragraphs(...texts)), spacing);
        const start = topLevelStart(state, index) + 1;
        const atStart = state.apply(state.tr.insertText('x', start));
        const atEnd = state.apply(state.tr.insertText('”', start + texts[index]!.length));
        expect(detectedQuotes(atStart)).toEqual(wholeOf(atStart));
        expect(detectedQuotes(atEnd)).toEqual(wholeOf(atEnd));
      }
    }
  });

  it('walks only a few paragraphs for a keystroke that leaves who-was-named as it was', () => {
    const texts = story(12);
    const state = stateOf(node(paragraphs(...texts)), 4);

    const typed = replace(state, 'northern districts', 'northern suburbs', 5);

    expect(detectedQuotes(typed)).toEqual(wholeOf(typed));
    expect(walked(typed)).toBeLessThanOrEqual(16);
    expect(texts.length).toBe(96);
  });

  it('stops where a change fades only once its speaker is named again, many checkpoints later', () => {
    const filler = Array.from({ length: 24 }, (_, i) => `The plan covers the ring road, part ${i}.`);
    const texts = [
      'Mayor Ann Fox visited the harbour.',
      'Tom Reed, the fire chief, inspected the pier.',
      '“It is sound,” Fox said.',
      ...filler,
      '“We will be back,” Fox said.',
      ...filler,
      ...filler,
    ];
    const state = stateOf(node(paragraphs(...texts)), 2);

    // Fox is no longer the latest named until the next "Fox said", twelve checkpoints on.
    const typed = replace(state, 'Fox said', 'Fox saidd');

    expect(detectedQuotes(typed)).toEqual(wholeOf(typed));
    expect(walked(typed)).toBeGreaterThan(24);
    expect(walked(typed)).toBeLessThan(texts.length / 2);
  });

  it('follows a change to an earlier speaker through every later pronoun that depends on it', () => {
    const filler = Array.from({ length: 6 }, (_, i) => `The plan covers the ring road, part ${i}.`);
    const state = stateOf(
      node(
        paragraphs(
          'Mayor Ann Fox visited the harbour.',
          ...filler,
          '“It is sound,” she said.',
          ...filler,
          '“We will be back,” she said.',
          ...filler,
        ),
      ),
      2,
    );
    expect(detectedQuotes(state).map((quote) => quote.speaker)).toEqual(['Ann Fox', 'Ann Fox']);

    const changed = replace(state, 'Ann Fox', 'Tom Reed');

    expect(detectedQuotes(changed)).toEqual(wholeOf(changed));
    expect(detectedQuotes(changed).map((quote) => quote.speaker)).toEqual(['Tom Reed', 'Tom Reed']);
    expect(walked(changed)).toBeGreaterThan(14);
  });

  it('remembers a source an edit added that nothing after it mentions, for a later edit that does', () => {
    const texts = story(6);
    let state = stateOf(node(paragraphs(...texts)), 4);

    // A misspelt descriptor is a new unnamed source that nothing later looks up: the walk stops soon after it.
    state = replace(state, 'A spokeswoman for the ministry', 'A spokeeswoman for the ministry', 1);
    expect(walked(state)).toBeLessThan(texts.length / 2);
    expect(detectedQuotes(state)).toEqual(wholeOf(state));

    // Far after every checkpoint that walk kept, the same descriptor now means the source already named.
    state = replace(
      state,
      'The plan covers the ring road',
      'Then the spokeeswoman for the ministry said: “We are done.”',
      4,
    );
    expect(detectedQuotes(state).find((quote) => quote.text === 'We are done.')!.speaker).toBe(
      'a spokeeswoman for the ministry',
    );
    expect(detectedQuotes(state)).toEqual(wholeOf(state));

    // Mending the first spelling makes the later one the first of its kind again.
    state = replace(state, 'A spokeeswoman', 'A spokeswoman');
    expect(detectedQuotes(state).find((quote) => quote.text === 'We are done.')!.speaker).toBe(
      'the spokeeswoman for the ministry',
    );
    expect(detectedQuotes(state)).toEqual(wholeOf(state));
  });

  it('gives an earlier quotation the title a later paragraph fills in for its speaker', () => {
    let state = stateOf(
      node(
        paragraphs(
          '“We stay,” Ana Ruiz said.',
          'Filler one.',
          'Filler two.',
          'Filler three.',
          'Later, Ruiz spoke again.',
        ),
      ),
      1,
    );
    expect(detectedQuotes(state)[0]!.speakerTitle).toBeNull();

    state = replace(state, 'Later, Ruiz', 'Later, Mayor Ana Ruiz');

    expect(detectedQuotes(state)[0]!.speakerTitle).toBe('Mayor');
    expect(detectedQuotes(state)).toEqual(wholeOf(state));
  });

  it('takes back the title an edit removes from an earlier quotation’s speaker', () => {
    let state = stateOf(
      node(paragraphs('“We stay,” Ana Ruiz said.', 'Filler one.', 'Filler two.', 'Later, Mayor Ana Ruiz spoke again.')),
      1,
    );
    expect(detectedQuotes(state)[0]!.speakerTitle).toBe('Mayor');

    // Splitting "Mayor" leaves no title anywhere; the quotation, kept as it was, must lose it too.
    const at = positionOf(state.doc, 'ayor Ana Ruiz');
    state = state.apply(state.tr.split(at));

    expect(detectedQuotes(state)[0]!.speakerTitle).toBeNull();
    expect(detectedQuotes(state)).toEqual(wholeOf(state));
  });

  it('relinks an AP quotation over several paragraphs when one is split, joined or deleted', () => {
    const texts = [
      'Mayor Ann Fox spoke.',
      '“The bridge opens today.',
      '“Traffic starts at noon.',
      '“Buses follow,” she said.',
      'Then it rained.',
    ];
    let state = stateOf(node(paragraphs(...texts)), 1);
    expect(detectedQuotes(state)).toHaveLength(1);

    const split = state.apply(state.tr.split(positionOf(state.doc, 'Traffic')));
    expect(detectedQuotes(split)).toEqual(wholeOf(split));
    expect(detectedQuotes(split)).toHaveLength(2);

    const joined = split.apply(split.tr.delete(positionOf(split.doc, 'Traffic') - 2, positionOf(split.doc, 'Traffic')));
    expect(detectedQuotes(joined)).toEqual(detectedQuotes(state));

    state = state.apply(state.tr.delete(topLevelStart(state, 2), topLevelStart(state, 3)));
    expect(detectedQuotes(state)).toEqual(wholeOf(state));
    expect(detectedQuotes(state)[0]!.text).toBe('The bridge opens today.\n\n“Buses follow,');
  });
});
