// `byline history FILE`, `byline diff FILE [--from REV] [--to REV]` and `byline restore FILE REV`:
// every write of the command line on the article's history, with who made it and why.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bodyPlainText } from '../../../core/body/text';
import { historyPathFor } from '../../../electron/library/history/history-store';
import { approvedArticle, articleFile, expectRefused, expectUsageError, readBack } from '../fixtures/article-files';
import { runByline } from '../fixtures/run-byline';

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

interface Revision {
  rev: number;
  at: string;
  by: string;
  reason: string;
  words: number;
}

/** Runs a command that must succeed, as `user`; returns what it printed. */
async function run<T>(args: string[], user = 'Amina Rahim'): Promise<T> {
  const { code, stderr, json } = await runByline<T>(args, { env: { BYLINE_USER: user } });
  expect({ args, code, stderr }).toEqual({ args, code: 0, stderr: '' });
  return json!;
}

const history = (file: string) => run<Revision[]>(['history', file]);

/**
 * A story taken through the desk by two people: five revisions, the words changed in the fourth.
 * Revision 1 is the file as it was before its first command (it had no history).
 */
async function editedFile(): Promise<string> {
  const file = articleFile(approvedArticle());
  await run(['stage', file, 'editing'], 'Dana Whitfield');
  await run(['suggest', file, '--replace', 'all night', '--with', 'until dawn'], 'Dana Whitfield');
  await run(['accept', file, '--all']);
  await run(['stage', file, 'ready']);
  return file;
}

describe('byline history', () => {
  it('lists a revision for every write, oldest first, as {"rev","at","by","reason","words"}', async () => {
    const file = articleFile(approvedArticle());
    expect(await history(file)).toEqual([]);

    await run(['stage', file, 'editing'], 'Dana Whitfield');
    const { thread } = await run<{ thread: string }>(
      ['comment', file, '--on', 'valley', '--text', 'Which?'],
      'Dana Whitfield',
    );
    await run(['comment', file, '--reply', thread, '--text', 'The Panjshir.']);
    await run(['resolve', file, thread], 'Dana Whitfield');
    const { suggestion } = await run<{ suggestion: string }>(
      ['suggest', file, '--replace', 'all night', '--with', 'until dawn'],
      'Dana Whitfield',
    );
    await run(['reject', file, suggestion]);
    await run(['suggest', file, '--replace', 'Rain', '--with', 'Heavy rain'], 'Dana Whitfield');
    await run(['accept', file, '--all']);
    await run(['stage', file, 'approved'], 'Dana Whitfield');
    await run(['stamp', 'publish', file, '--tz', 'UTC'], 'Dana Whitfield');
    await run(['restore', file, '1']);

    const revisions = await history(file);
    expect(revisions.map(({ rev, by, reason }) => `${rev} ${reason} by ${by}`)).toEqual([
      // The file had no history: its text as it was comes first, by nobody the file names.
      '1 earlier by ',
      '2 stage by Dana Whitfield',
      '3 comment by Dana Whitfield',
      '4 comment by Amina Rahim',
      '5 comment by Dana Whitfield',
      '6 suggest by Dana Whitfield',
      '7 reject by Amina Rahim',
      '8 suggest by Dana Whitfield',
      '9 accept by Amina Rahim',
      '10 stage by Dana Whitfield',
      '11 stamp by Dana Whitfield',
      '12 restore by Amina Rahim',
    ]);
    expect(Object.keys(revisions[1]!)).toEqual(['rev', 'at', 'by', 'reason', 'words']);
    expect(revisions[1]).toEqual({
      rev: 2,
      at: expect.stringMatching(ISO),
      by: 'Dana Whitfield',
      reason: 'stage',
      words: 19,
    });
    // "Heavy rain" is one word more once accepted; the restore takes the words back.
    expect(revisions.map(({ words }) => words).slice(8)).toEqual([20, 20, 20, 19]);
  });

  it('writes no revision for a refused command', async () => {
    const file = articleFile(approvedArticle());
    await run(['stage', file, 'editing']);

    expect((await runByline(['stage', file, 'draft'])).code).toBe(1);
    expect((await runByline(['comment', file, '--on', 'snow', '--text', 'Where?'])).code).toBe(1);
    expect((await runByline(['accept', file, '--all'])).code).toBe(1);

    expect((await history(file)).map(({ reason }) => reason)).toEqual(['earlier', 'stage']);
  });

  it('lists what can be read of a damaged history, says what could not on stderr, and exits 0', async () => {
    const file = await editedFile();
    writeFileSync(historyPathFor(file), 'not a history line\n', { flag: 'a' });

    const { code, json, stderr } = await runByline<Revision[]>(['history', file]);

    expect(code).toBe(0);
    expect(json!.map(({ reason }) => reason)).toEqual(['earlier', 'stage', 'suggest', 'accept', 'stage']);
    expect(stderr).toMatch(/^byline: .*story\.byline\.json: .+\n$/);
  });

  it('refuses a file that is not an article with exit 1, and a missing FILE with exit 2', async () => {
    const file = articleFile(approvedArticle());
    await expectUsageError(file, ['history'], /missing FILE \(usage: byline history FILE\)/);
    const { code, stderr } = await runByline(['history', '/nonexistent/story.byline.json']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/cannot read \/nonexistent\/story\.byline\.json/);
  });
});

describe('byline diff', () => {
  it('gives the body’s inserted and deleted words from the previous revision to the latest by default', async () => {
    const file = await editedFile();
    await run(['suggest', file, '--replace', 'valley', '--with', 'gorge']);
    await run(['accept', file, '--all'], 'Dana Whitfield');

    const printed = await run<object[]>(['diff', file]);

    expect(printed).toEqual([
      { kind: 'delete', text: 'valley.' },
      { kind: 'insert', text: 'gorge.' },
    ]);
    expect(Object.keys(printed[0]!)).toEqual(['kind', 'text']);
  });

  it('compares any two revisions with --from and --to, and from the one before --to', async () => {
    const file = await editedFile();

    expect(await run(['diff', file, '--from', '2', '--to', '4'])).toEqual([
      { kind: 'delete', text: 'all night' },
      { kind: 'insert', text: 'until dawn' },
    ]);
    expect(await run(['diff', file, '--from', '4', '--to', '2'])).toEqual([
      { kind: 'delete', text: 'until dawn' },
      { kind: 'insert', text: 'all night' },
    ]);
    // A stage move changes no words.
    expect(await run(['diff', file, '--to', '5'])).toEqual([]);
    // The text as it stands: a pending suggestion changes nothing until it is accepted.
    expect(await run(['diff', file, '--to', '3'])).toEqual([]);
    expect(await run(['diff', file, '--from', '3'])).toEqual([
      { kind: 'delete', text: 'all night' },
      { kind: 'insert', text: 'until dawn' },
    ]);
  });

  it('refuses a revision the history does not hold, and one with nothing before it: exit 1', async () => {
    const file = await editedFile();
    await expectRefused(file, ['diff', file, '--from', '1', '--to', '9'], /has no revision 9/);
    await expectRefused(file, ['diff', file, '--to', '1'], /Revision 1 of .* is its first: there is none before it/);
    const fresh = articleFile(approvedArticle());
    await expectRefused(fresh, ['diff', fresh], /has no history yet: nothing to compare/);
  });

  it.each([
    [['--from', 'two'], /--from must be a revision number, like 3, not two/],
    [['--to', '0'], /--to must be a revision number, like 3, not 0/],
    [['--to', '-1'], /--to needs a value; write --to=-1 if that is the value/],
    [['3'], /unexpected argument: 3/],
  ])('calls `diff FILE %j` a usage error: exit 2', async (args, reason) => {
    const file = articleFile(approvedArticle());
    await expectUsageError(file, ['diff', file, ...args], reason);
  });
});

describe('byline restore', () => {
  it('brings back an earlier revision’s words as a new revision, prints {"rev"}, and restores back', async () => {
    const file = await editedFile();
    const firstLine = () => bodyPlainText(readBack(file).body).split('\n')[0];
    expect(firstLine()).toBe('Rain fell until dawn on the valley.');

    expect(await run(['restore', file, '1'], 'Dana Whitfield')).toEqual({ rev: 6 });
    expect(firstLine()).toBe('Rain fell all night on the valley.');
    // The desk's record stays as it is now: restoring takes back words, not the stage log.
    expect(readBack(file).review?.stage).toBe('ready');

    expect(await run(['restore', file, '5'])).toEqual({ rev: 7 });
    expect(firstLine()).toBe('Rain fell until dawn on the valley.');
    expect((await history(file)).slice(5).map(({ rev, by, reason }) => `${rev} ${reason} by ${by}`)).toEqual([
      '6 restore by Dana Whitfield',
      '7 restore by Amina Rahim',
    ]);
  });

  it('refuses a revision the history does not hold: exit 1, the file and its history byte-identical', async () => {
    const file = await editedFile();
    const historyBefore = readFileSync(historyPathFor(file));

    await expectRefused(file, ['restore', file, '42'], /has no revision 42/);

    expect(readFileSync(historyPathFor(file)).equals(historyBefore)).toBe(true);
  });

  it.each([
    [[], /missing REV \(usage: byline restore FILE REV\)/],
    [['first'], /REV must be a revision number, like 3, not first/],
    [['1', '2'], /unexpected argument: 2/],
  ])('calls `restore FILE %j` a usage error: exit 2', async (args, reason) => {
    const file = articleFile(approvedArticle());
    await expectUsageError(file, ['restore', file, ...args], reason);
  });
});
