// `byline stage FILE STAGE [--assignee NAME] [--note TEXT]`: the desk's moves on the record.
import { userInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { articleFile, draftArticle, expectRefused, expectUsageError, readBack } from '../fixtures/article-files';
import { runByline } from '../fixtures/run-byline';

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

describe('byline stage', () => {
  it('moves a draft to the desk, hands it over with a note and prints {"stage","assignee","log"}', async () => {
    const file = articleFile(draftArticle());

    const { code, stdout, stderr } = await runByline(
      ['stage', file, 'ready', '--assignee', 'Dana Whitfield', '--note', 'Ready when you are'],
      { env: { BYLINE_USER: 'Amina Rahim' } },
    );

    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const printed = JSON.parse(stdout) as { log: Record<string, unknown>[] };
    expect(Object.keys(printed)).toEqual(['stage', 'assignee', 'log']);
    expect(Object.keys(printed.log[0]!)).toEqual(['from', 'to', 'by', 'at', 'note']);
    expect(printed).toEqual({
      stage: 'ready',
      assignee: 'Dana Whitfield',
      log: [
        { from: 'draft', to: 'ready', by: 'Amina Rahim', at: expect.stringMatching(ISO), note: 'Ready when you are' },
      ],
    });
    expect(readBack(file).review).toMatchObject({ stage: 'ready', assignee: 'Dana Whitfield', log: printed.log });
  });

  it('signs each move with $BYLINE_USER, keeps the assignee unless told, and "" hands it to no one', async () => {
    const file = articleFile(draftArticle());
    await runByline(['stage', file, 'ready', '--assignee', 'Dana Whitfield']);

    const editing = await runByline(['stage', file, 'editing'], { env: { BYLINE_USER: 'Dana Whitfield' } });
    expect(editing.json).toMatchObject({ stage: 'editing', assignee: 'Dana Whitfield' });

    const approved = await runByline(['stage', file, 'approved', '--assignee', ''], {
      env: { BYLINE_USER: 'Dana Whitfield' },
    });
    expect(approved.code).toBe(0);
    expect(approved.json).toEqual({
      stage: 'approved',
      assignee: null,
      log: [
        { from: 'draft', to: 'ready', by: 'Amina Rahim', at: expect.stringMatching(ISO), note: null },
        { from: 'ready', to: 'editing', by: 'Dana Whitfield', at: expect.stringMatching(ISO), note: null },
        { from: 'editing', to: 'approved', by: 'Dana Whitfield', at: expect.stringMatching(ISO), note: null },
      ],
    });
  });

  it('signs with the operating system’s user name when BYLINE_USER is not set', async () => {
    const file = articleFile(draftArticle());

    const { code, json } = await runByline<{ log: { by: string }[] }>(['stage', file, 'ready'], {
      env: { BYLINE_USER: undefined },
    });

    expect(code).toBe(0);
    expect(json?.log[0]?.by).toBe(userInfo().username);
  });

  it.each([
    [
      'a draft straight to approved',
      [],
      'approved',
      /An article that is draft cannot go to approved; it can go to ready/,
    ],
    ['the same stage with nothing changed', [], 'draft', /already draft; nothing changed/],
    ['an approved story back to draft', ['ready', 'approved'], 'draft', /approved cannot go to draft/],
  ])('refuses %s with exit 1 and leaves the file byte-identical', async (_, before, to, reason) => {
    const file = articleFile(draftArticle());
    for (const stage of before) expect((await runByline(['stage', file, stage])).code).toBe(0);

    await expectRefused(file, ['stage', file, to], reason);
  });

  it.each([
    [['published'], /STAGE must be draft, ready, editing, changes-requested or approved, not published/],
    [['done'], /STAGE must be draft, ready, editing, changes-requested or approved, not done/],
    [[], /missing STAGE \(usage: byline stage FILE STAGE \[--assignee NAME\] \[--note TEXT\]\)/],
    [['ready', 'approved'], /unexpected argument: approved/],
    [['ready', '--assignee'], /--assignee needs a value/],
    [['ready', '--due', 'tomorrow'], /unknown option: --due/],
  ])('calls `stage FILE %j` a usage error: exit 2, the file untouched', async (args, reason) => {
    const file = articleFile(draftArticle());
    await expectUsageError(file, ['stage', file, ...args], reason);
  });

  it('refuses a file that is not there with exit 1', async () => {
    const { code, stdout, stderr } = await runByline(['stage', '/nonexistent/story.byline.json', 'ready']);
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr).toMatch(/cannot read \/nonexistent\/story\.byline\.json/);
  });
});
