// The readers inside Byline read the words as they stand too: the status bar's counts and the
// quote detector leave a suggested insertion out, and keep a suggested deletion.
import type { Node as PMNode } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { bodyCounts } from '../../../../core/article/counts';
import { bodySchema } from '../../../../core/body/schema';
import { detectedQuotes, quoteDetectionPlugin } from '../../../../core/quotes/detection-extension';
import { blockTextAsItStands, textAsItStands } from '../../../../core/review/as-it-stands';
import { doc, everyNodeAndMark, node, p, text } from '../../../builders/body';

const at = '2026-12-05T09:00:00Z';
const ins = (words: string) => text(words, [{ type: 'insertion', attrs: { id: 'i1', by: 'Omar', at } }]);
const del = (words: string) => text(words, [{ type: 'deletion', attrs: { id: 'd1', by: 'Omar', at } }]);

describe('the counts', () => {
  it('read a body without suggestions exactly as textBetween does', () => {
    const body = node(everyNodeAndMark());
    expect(textAsItStands(body, '\n\n', '\n')).toBe(body.textBetween(0, body.content.size, '\n\n', '\n'));
  });

  it('leave suggested words out and count struck-out words until the deletion is accepted', () => {
    const body = node(doc(p('The ', ins('whole '), 'council ', del('finally '), 'voted.'), p(ins('A new paragraph.'))));
    expect(textAsItStands(body, '\n\n', '\n')).toBe('The council finally voted.\n\n');
    expect(bodyCounts(textAsItStands(body, '\n\n', '\n'), null).words).toBe(4);
  });
});

describe('the quote detector', () => {
  const detect = (body: PMNode) =>
    detectedQuotes(EditorState.create({ schema: bodySchema(), doc: body, plugins: [quoteDetectionPlugin()] }));

  it('does not offer a quotation that is only a suggestion', () => {
    expect(detect(node(doc(p('Ana Ruiz said: ', ins('“We stay.”'), ' Then she left.'))))).toEqual([]);
  });

  it('still finds a quotation around suggested words, at the positions of the document', () => {
    const body = node(doc(p('Ana Ruiz said: “We ', del('will '), 'stay', ins(' here'), '.”')));
    const [quote] = detect(body);
    expect(quote!.speaker).toBe('Ana Ruiz');
    expect(quote!.ranges.map(({ from, to }) => body.textBetween(from, to))).toEqual(['We will stay here.']);
  });

  it('reads each block with the same length as its content, so offsets are positions', () => {
    const block = node(doc(p('a', ins('bc'), 'd'))).firstChild!;
    expect(blockTextAsItStands(block)).toBe('a  d');
  });
});
