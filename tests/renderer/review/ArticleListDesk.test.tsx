// @vitest-environment jsdom
// Each article in the library list says where it is on the desk, who has it and when it is due,
// and says it is overdue in words, not only in red.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { ArticleList } from '../../../renderer/library/ArticleList';
import { articleEntry } from '../library/entries';

afterEach(cleanup);

it('shows the stage, the assignee and the due time of each article', () => {
  render(
    <ArticleList
      entries={[
        articleEntry('a', 'Budget vote', { stage: 'ready', assignee: 'Sam Okoye', due: '2025-03-14T13:00:00.000Z' }),
        articleEntry('b', 'Harbour floods', { stage: 'changes-requested', due: '2025-03-14T09:00:00.000Z' }),
        articleEntry('c', 'Zoo reopens', { stage: 'published', due: '2025-03-14T09:00:00.000Z' }),
      ]}
      selectedKey={null}
      onOpen={() => undefined}
      now={Date.parse('2025-03-14T10:00:00.000Z')}
    />,
  );
  const [budget, harbour, zoo] = screen.getAllByRole('option');
  expect(budget!.textContent).toContain('Ready for the desk');
  expect(budget!.textContent).toContain('with Sam Okoye');
  expect(budget!.textContent).toContain('due in 3 h');
  expect(harbour!.textContent).toContain('Changes requested');
  expect(harbour!.textContent).toContain('due 1 h ago');
  expect(harbour!.querySelector('.option-due')!.getAttribute('data-overdue')).toBe('true');
  // Published: its due time has passed for good reason.
  expect(zoo!.querySelector('.option-due')!.getAttribute('data-overdue')).toBe('false');
});
