// @vitest-environment jsdom
// The check's desk problems lead to where they are fixed: not approved to the Review section's
// stage, a pending suggestion and an open comment to their words in the body.
import { describe, expect, it, vi } from 'vitest';
import type { Problem } from '../../../core/checks/problem';
import { jumpToProblem, placeName } from '../../../renderer/checks/jumpToProblem';

const problem = (code: Problem['code'], where: Problem['where']): Problem => ({
  code,
  severity: 'blocking',
  message: 'A problem.',
  where,
});

describe('the desk’s problems in the Checks panel', () => {
  it('sends “not approved” to the Review section', () => {
    const notApproved = problem('not-approved', { field: 'review' });
    expect(placeName(notApproved)).toBe('review');
    const stage = document.createElement('p');
    stage.id = 'review-stage-now';
    stage.tabIndex = -1;
    document.body.append(stage);
    vi.useFakeTimers();
    const show = vi.fn();
    jumpToProblem(notApproved, {} as never, show);
    expect(show).toHaveBeenCalledWith('Review');
    vi.runAllTimers();
    vi.useRealTimers();
    // The keyboard lands on the stage, where the moves are.
    expect(document.activeElement).toBe(stage);
    stage.remove();
  });

  it('names a suggestion and a comment in the body as such, not as a quotation', () => {
    expect(placeName(problem('open-suggestion', { body: { from: 1, to: 4 } }))).toBe('suggestion');
    expect(placeName(problem('unresolved-comment', { body: { from: 1, to: 4 } }))).toBe('comment');
    expect(placeName(problem('unresolved-comment', { field: 'review' }))).toBe('review');
  });
});
