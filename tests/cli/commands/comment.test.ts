// `byline comment FILE (--on TEXT | --reply THREAD) --text NOTE` and `byline resolve FILE THREAD`.
import { describe, expect, it } from 'vitest';
import { doc, p } from '../../builders/body';
import { articleFile, draftArticle, expectRefused, expectUsageError, readBack } from '../fixtures/article-files';
import { runByline } from '../fixtures/run-byline';

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** The ids of the threads whose comment marks cover each piece of the body's text, with the text. */
function commentedWords(file: string): [string, string[]][] {
  const pieces: [string, string[]][] = [];
  const visit = (node: {
    text?: string;
    marks?: { type: string; attrs?: Record<string, unknown> }[];
    content?: unknown[];
  }) => {
    if (node.text !== undefined) {
      const ids = (node.marks ?? [])
        .filter((mark) => mark.type === 'comment')
        .map((mark) => String(mark.attrs?.threadId));
      if (ids.length > 0) pieces.push([node.text, ids]);
    }
    for (const child of node.content ?? []) visit(child as typeof node);
  };
  visit(readBack(file).body as Parameters<typeof visit>[0]);
  return pieces;
}

async function openThread(file: string, on: string, text: string, user = 'Dana Whitfield'): Promise<string> {
  const { code, json, stderr } = await runByline<{ thread: string }>(['comment', file, '--on', on, '--text', text], {
    env: { BYLINE_USER: user },
  });
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  return json!.thread;
}

describe('byline comment', () => {
  it('opens a thread on the first place the body reads TEXT, as $BYLINE_USER, and prints {"thread": id}', async () => {
    const file = articleFile(draftArticle({ body: doc(p('The valley road and the valley school closed.')) }));

    const { code, stdout } = await runByline(['comment', file, '--on', 'valley', '--text', 'Which valley?'], {
      env: { BYLINE_USER: 'Dana Whitfield' },
    });

    expect(code).toBe(0);
    const { thread } = JSON.parse(stdout) as { thread: string };
    expect(Object.keys(JSON.parse(stdout) as object)).toEqual(['thread']);
    expect(thread).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(commentedWords(file)).toEqual([['valley', [thread]]]);
    expect(readBack(file).body).toMatchObject({
      content: [{ content: [{ text: 'The ' }, { text: 'valley' }, { text: ' road and the valley school closed.' }] }],
    });
    const review = await runByline(['review', file]);
    expect(review.json).toMatchObject({
      threads: [
        {
          id: thread,
          quote: 'valley',
          resolved: false,
          comments: [{ by: 'Dana Whitfield', at: expect.stringMatching(ISO), text: 'Which valley?' }],
        },
      ],
    });
  });

  it('finds the words with curly quotes folded, as the find bar does, and gives each thread its own id', async () => {
    const file = articleFile(draftArticle({ body: doc(p('She said “no” twice.')) }));

    const first = await openThread(file, 'said "no"', 'Source?');
    const second = await openThread(file, 'twice', 'Only twice?');

    expect(first).not.toBe(second);
    expect(commentedWords(file)).toEqual([
      ['said “no”', [first]],
      ['twice', [second]],
    ]);
  });

  it('adds a reply by another person to the thread and prints the same thread id', async () => {
    const file = articleFile(draftArticle());
    const thread = await openThread(file, 'all night', 'How long exactly?');

    const { code, json } = await runByline(['comment', file, '--reply', thread, '--text', 'From 9 p.m. to 6 a.m.'], {
      env: { BYLINE_USER: 'Amina Rahim' },
    });

    expect({ code, json }).toEqual({ code: 0, json: { thread } });
    expect(readBack(file).review?.threads[0]?.comments.map(({ by, text }) => ({ by, text }))).toEqual([
      { by: 'Dana Whitfield', text: 'How long exactly?' },
      { by: 'Amina Rahim', text: 'From 9 p.m. to 6 a.m.' },
    ]);
  });

  it('takes turns with another command on the same article: two comments at once both land', async () => {
    const file = articleFile(draftArticle());

    const [first, second] = await Promise.all([
      runByline<{ thread: string }>(['comment', file, '--on', 'Rain', '--text', 'How much?']),
      runByline<{ thread: string }>(['comment', file, '--on', 'valley', '--text', 'Which?'], {
        env: { BYLINE_USER: 'Dana Whitfield' },
      }),
    ]);

    expect([first.code, second.code]).toEqual([0, 0]);
    expect(commentedWords(file)).toEqual([
      ['Rain', [first.json!.thread]],
      ['valley', [second.json!.thread]],
    ]);
  });

  it('refuses words the body does not hold and a thread it does not have: exit 1, the file byte-identical', async () => {
    const file = articleFile(draftArticle());
    await expectRefused(
      file,
      ['comment', file, '--on', 'mountain pass', '--text', 'Where?'],
      /The body does not contain “mountain pass”/,
    );
    await expectRefused(
      file,
      ['comment', file, '--on', 'RAIN FELL', '--text', 'Case?'],
      /does not contain “RAIN FELL”/,
    );
    await expectRefused(
      file,
      ['comment', file, '--reply', 'no-such-thread', '--text', 'Hello'],
      /There is no thread no-such-thread/,
    );
  });

  it.each([
    [['--text', 'Which?'], /comment needs --on TEXT \(the words to comment on\) or --reply THREAD/],
    [
      ['--on', 'valley', '--reply', 'abc', '--text', 'Which?'],
      /give --on TEXT for a new thread or --reply THREAD, not both/,
    ],
    [['--on', 'valley'], /comment needs --text NOTE/],
    [['--on', 'valley', '--text', '  '], /--text needs the words of the comment/],
    [['--on', '', '--text', 'Which?'], /--on needs the words of the body to comment on/],
    [['--on', 'valley', '--text', 'a', '--text', 'b'], /--text is given twice/],
  ])('calls `comment FILE %j` a usage error: exit 2, the file untouched', async (args, reason) => {
    const file = articleFile(draftArticle());
    await expectUsageError(file, ['comment', file, ...args], reason);
  });
});

describe('byline resolve', () => {
  it('resolves the thread as $BYLINE_USER and prints the review JSON', async () => {
    const file = articleFile(draftArticle());
    const thread = await openThread(file, 'valley', 'Which valley?');

    const { code, stdout } = await runByline(['resolve', file, thread], { env: { BYLINE_USER: 'Amina Rahim' } });

    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      stage: 'draft',
      assignee: null,
      threads: [
        {
          id: thread,
          quote: 'valley',
          resolved: true,
          comments: [{ by: 'Dana Whitfield', at: expect.stringMatching(ISO), text: 'Which valley?' }],
        },
      ],
      suggestions: [],
    });
    expect(readBack(file).review?.threads[0]).toMatchObject({ resolved: true, resolvedBy: 'Amina Rahim' });
  });

  it('refuses a thread already resolved and one the article does not have: exit 1, the file byte-identical', async () => {
    const file = articleFile(draftArticle());
    const thread = await openThread(file, 'valley', 'Which valley?');
    expect((await runByline(['resolve', file, thread])).code).toBe(0);

    await expectRefused(file, ['resolve', file, thread], /The thread “valley” is already resolved/);
    await expectRefused(file, ['resolve', file, 'nope'], /There is no thread nope/);
  });

  it('calls a missing THREAD, or two, a usage error', async () => {
    const file = articleFile(draftArticle());
    await expectUsageError(file, ['resolve', file], /missing THREAD \(usage: byline resolve FILE THREAD\)/);
    await expectUsageError(file, ['resolve', file, 'a', 'b'], /unexpected argument: b/);
  });
});
