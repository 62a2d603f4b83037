// An article on the desk, for the tests that nothing of the desk leaves Byline: a pending
// insertion and a comment each holding a marker no export may contain, and a pending deletion
// whose words every export must still have.
import type { Article } from '../../../core/article/article';
import { fullStory } from '../../builders/article';
import { doc, p, text } from '../../builders/body';

export const INSERTED_MARKER = 'SUGGESTEDWORDS4b1c';
export const COMMENT_MARKER = 'DESKCOMMENT9e2d';
export const STRUCK_WORDS = 'rainswept';

/** An article on the desk: a pending insertion, a pending deletion, an open thread on a quotation. */
export function articleOnTheDesk(): Article {
  const at = '2021-02-19T10:00:00Z';
  return fullStory(
    doc(
      p(
        'Ministers met in ',
        text(STRUCK_WORDS, [{ type: 'deletion', attrs: { id: 'sug-1', by: 'Omar Haddad', at } }]),
        ' Brussels',
        text(` ${INSERTED_MARKER}`, [{ type: 'insertion', attrs: { id: 'sug-2', by: 'Omar Haddad', at } }]),
        '.',
      ),
      p(
        'Stoltenberg said ',
        text('“we will stay”', [
          { type: 'quote', attrs: { quoteId: 'q1', sourceId: 's1' } },
          { type: 'comment', attrs: { threadId: 'thread-1' } },
        ]),
        ' on Thursday.',
      ),
    ),
    {
      review: {
        stage: 'editing',
        assignee: 'Omar Haddad',
        due: null,
        log: [],
        threads: [
          {
            id: 'thread-1',
            anchor: { kind: 'body' },
            quote: '“we will stay”',
            comments: [{ id: 'c1', by: 'Omar Haddad', at, text: `Check the tape: ${COMMENT_MARKER}` }],
            resolved: false,
            resolvedBy: null,
            resolvedAt: null,
          },
        ],
      },
    },
  );
}
