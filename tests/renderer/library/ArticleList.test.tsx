// @vitest-environment jsdom
// The article list says why an article opens read-only, so a copy carrying another file's id
// (issue 10, item 10) is told apart from its original before anyone opens it.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { LibraryEntry } from '../../../core/ipc/contract';
import { ArticleList } from '../../../renderer/library/ArticleList';

afterEach(cleanup);

const summary = (file: string, id: string, readOnly: { code: 'INVALID'; message: string } | null): LibraryEntry => ({
  kind: 'article',
  file,
  id,
  headline: 'City budget passes',
  section: 'City',
  status: 'draft',
  savedAt: '2025-03-14T09:30:00.000Z',
  words: 412,
  readOnly,
  stage: 'draft',
  assignee: null,
  due: null,
});

describe('the article list', () => {
  it('shows why a copy opens read-only, naming the file it copies, and nothing of the kind for the original', () => {
    const reason =
      'This file carries the same article id as "city-budget.byline.json": it is a copy (a file manager\'s or a sync client\'s), so it opens read-only.';
    render(
      <ArticleList
        entries={[
          summary('city-budget.byline.json', 'article-0001', null),
          summary('city-budget copy.byline.json', 'copy-0123456789abcdef0123456789abcdef', {
            code: 'INVALID',
            message: reason,
          }),
        ]}
        selectedKey={null}
        onOpen={() => undefined}
        now={Date.parse('2025-03-14T10:00:00.000Z')}
      />,
    );
    const [original, copy] = screen.getAllByRole('option');
    expect(copy!.textContent).toContain('Read-only');
    expect(copy!.textContent).toContain(reason);
    expect(original!.textContent).not.toContain('Read-only');
  });
});
