// `byline suggest FILE --replace OLD --with NEW`: a suggested edit on the record, the text as it
// stands untouched until someone accepts it.
import { describe, expect, it } from 'vitest';
import { bodyPlainText } from '../../../core/body/text';
import { doc, p, q } from '../../builders/body';
import { articleFile, draftArticle, expectRefused, expectUsageError, readBack } from '../fixtures/article-files';
import { runByline } from '../fixtures/run-byline';

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

interface PrintedReview {
  suggestions: { id: string; kind: string; old: string; new: string; by: string; at: string }[];
}

async function suggest(file: string, old: string, text: string, user = 'Dana Whitfield'): Promise<string> {
  const { code, stdout, stderr } = await runByline(['suggest', file, '--replace', old, '--with', text], {
    env: { BYLINE_USER: user },
  });
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  expect(Object.keys(JSON.parse(stdout) as object)).toEqual(['suggestion']);
  return (JSON.parse(stdout) as { suggestion: string }).suggestion;
}

const suggestions = async (file: string) => (await runByline<PrintedReview>(['review', file])).json!.suggestions;

describe('byline suggest', () => {
  it('suggests a replacement as $BYLINE_USER and prints {"suggestion": id}; the words stay until accepted', async () => {
    const file = articleFile(draftArticle());

    const id = await suggest(file, 'all night', 'until dawn');

    expect(id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(await suggestions(file)).toEqual([
      {
        id,
        kind: 'replace',
        old: 'all night',
        new: 'until dawn',
        by: 'Dana Whitfield',
        at: expect.stringMatching(ISO),
      },
    ]);
    // Both sets of words are in the file, marked; the check blocks publication on it.
    expect(bodyPlainText(readBack(file).body)).toContain('Rain fell all nightuntil dawn on the valley.');
    const check = await runByline<{ code: string }[]>(['check', file]);
    expect(check.json?.map((problem) => problem.code)).toContain('open-suggestion');
  });

  it('suggests deleting the words with --with "", and keeps two people’s suggestions apart', async () => {
    const file = articleFile(draftArticle());

    const cut = await suggest(file, ' on the valley', '', 'Dana Whitfield');
    const add = await suggest(file, 'Rain', 'Heavy rain', 'Lee Park');

    expect(cut).not.toBe(add);
    expect(await suggestions(file)).toEqual([
      { id: add, kind: 'replace', old: 'Rain', new: 'Heavy rain', by: 'Lee Park', at: expect.stringMatching(ISO) },
      { id: cut, kind: 'delete', old: ' on the valley', new: '', by: 'Dana Whitfield', at: expect.stringMatching(ISO) },
    ]);
  });

  it('keeps a quotation a quotation: the suggested words carry the quote mark of the words they replace', async () => {
    const file = articleFile(draftArticle({ body: doc(p('“', q('s1', 'We will stay', 'Q1'), '” he said.')) }));

    await suggest(file, 'stay', 'remain');

    const words = (readBack(file).body.content![0]!.content ?? []).map((node) => ({
      text: node.text,
      marks: (node.marks ?? []).map((mark) => mark.type).sort(),
    }));
    expect(words).toContainEqual({ text: 'remain', marks: ['insertion', 'quote'] });
  });

  it('refuses words the body does not hold, words already struck out and one’s own suggested words: exit 1, the file byte-identical', async () => {
    const file = articleFile(draftArticle());
    await expectRefused(
      file,
      ['suggest', file, '--replace', 'snow', '--with', 'hail'],
      /The body does not contain “snow”/,
    );

    await suggest(file, 'all night', '', 'Amina Rahim');
    await expectRefused(
      file,
      ['suggest', file, '--replace', 'all night', '--with', ''],
      /“all night” is already struck out/,
    );

    await suggest(file, 'valley', 'valley floor', 'Amina Rahim');
    await expectRefused(
      file,
      ['suggest', file, '--replace', 'valley floor', '--with', ''],
      /“valley floor” are words you suggested; reject that suggestion instead/,
    );
  });

  it.each([
    [['--with', 'x'], /suggest needs --replace OLD/],
    [['--replace', 'Rain'], /suggest needs --with NEW/],
    [['--replace', '', '--with', 'Snow'], /--replace needs the words of the body to replace/],
    [['--replace', 'Rain', '--with', 'Rain'], /--with is the same as --replace: there is nothing to suggest/],
    [['--replace', 'Rain', '--with', 'Snow', 'extra'], /unexpected argument: extra/],
  ])('calls `suggest FILE %j` a usage error: exit 2, the file untouched', async (args, reason) => {
    const file = articleFile(draftArticle());
    await expectUsageError(file, ['suggest', file, ...args], reason);
  });
});
