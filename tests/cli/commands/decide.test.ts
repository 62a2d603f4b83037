// `byline accept FILE (ID | --all)` and `byline reject FILE (ID | --all)`.
import { describe, expect, it } from 'vitest';
import { bodyPlainText } from '../../../core/body/text';
import { asStored } from '../../builders/body';
import { articleFile, draftArticle, expectRefused, expectUsageError, readBack } from '../fixtures/article-files';
import { runByline } from '../fixtures/run-byline';

interface PrintedReview {
  stage: string;
  suggestions: { id: string; kind: string }[];
}

async function suggest(file: string, old: string, text: string): Promise<string> {
  const { json } = await runByline<{ suggestion: string }>(['suggest', file, '--replace', old, '--with', text], {
    env: { BYLINE_USER: 'Dana Whitfield' },
  });
  return json!.suggestion;
}

/** The ready story with two suggestions on it: a replacement and a deletion. */
async function suggestedFile(): Promise<{ file: string; swap: string; cut: string }> {
  const file = articleFile(draftArticle());
  const swap = await suggest(file, 'all night', 'until dawn');
  const cut = await suggest(file, ' on the valley', '');
  return { file, swap, cut };
}

const firstParagraph = (file: string) => bodyPlainText(readBack(file).body).split('\n')[0];

describe('byline accept and reject', () => {
  it('accepts one suggestion into the text and prints the review JSON with the other still pending', async () => {
    const { file, swap, cut } = await suggestedFile();

    const { code, stdout, stderr } = await runByline(['accept', file, swap]);

    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const printed = JSON.parse(stdout) as PrintedReview;
    expect(Object.keys(printed)).toEqual(['stage', 'assignee', 'threads', 'suggestions']);
    expect(printed.suggestions.map(({ id, kind }) => ({ id, kind }))).toEqual([{ id: cut, kind: 'delete' }]);
    expect(firstParagraph(file)).toBe('Rain fell until dawn on the valley.');
  });

  it('rejects one suggestion, taking its words back and leaving the rest of the text as it was', async () => {
    const { file, swap, cut } = await suggestedFile();

    const { code, json } = await runByline<PrintedReview>(['reject', file, cut]);

    expect(code).toBe(0);
    expect(json?.suggestions.map(({ id }) => id)).toEqual([swap]);
    expect(firstParagraph(file)).toBe('Rain fell all nightuntil dawn on the valley.');
  });

  it('rejecting --all gives back the body exactly as it was before any suggestion', async () => {
    const original = draftArticle().body;
    const { file } = await suggestedFile();

    const { code, json } = await runByline<PrintedReview>(['reject', file, '--all']);

    expect(code).toBe(0);
    expect(json?.suggestions).toEqual([]);
    expect(readBack(file).body).toEqual(asStored(original));
  });

  it('accepting --all makes every suggested edit, as if typed', async () => {
    const { file } = await suggestedFile();

    const { code, json } = await runByline<PrintedReview>(['accept', file, '--all']);

    expect({ code, suggestions: json?.suggestions }).toEqual({ code: 0, suggestions: [] });
    expect(firstParagraph(file)).toBe('Rain fell until dawn.');
  });

  it('refuses a suggestion the article does not have, and --all with none pending: exit 1, the file byte-identical', async () => {
    const { file, swap } = await suggestedFile();
    await expectRefused(file, ['accept', file, 'no-such-id'], /There is no suggested edit no-such-id/);

    expect((await runByline(['reject', file, '--all'])).code).toBe(0);
    await expectRefused(file, ['accept', file, '--all'], /There are no suggested edits to accept/);
    await expectRefused(file, ['reject', file, '--all'], /There are no suggested edits to reject/);
    await expectRefused(file, ['reject', file, swap], new RegExp(`There is no suggested edit ${swap}`));
  });

  it.each([
    ['accept', [], /accept needs the ID of a suggestion, or --all \(usage: byline accept FILE \[ID\] \[--all\]\)/],
    ['reject', [], /reject needs the ID of a suggestion, or --all/],
    ['accept', ['abc', '--all'], /give the ID of one suggestion or --all, not both/],
    ['reject', ['abc', 'def'], /unexpected argument: def/],
    ['accept', ['--all=yes'], /--all takes no value/],
  ])('calls `%s FILE %j` a usage error: exit 2, the file untouched', async (command, args, reason) => {
    const file = articleFile(draftArticle());
    await expectUsageError(file, [command, file, ...args], reason);
  });
});
