// @vitest-environment jsdom
// The window shows its drop target while a file is over it, and never after the drag has gone.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FILE_DRAG_ATTRIBUTE, fileDragTracker } from '../../../renderer/import/fileDragTracker';

afterEach(() => vi.useRealTimers());

describe('the file drag tracker', () => {
  const root = document.documentElement;
  const shown = () => root.getAttribute(FILE_DRAG_ATTRIBUTE) === 'on';

  it('shows while the pointer crosses elements and hides when it leaves the window', () => {
    const tracker = fileDragTracker(root);
    tracker.enter();
    tracker.enter();
    tracker.leave();
    expect(shown()).toBe(true);
    tracker.leave();
    expect(shown()).toBe(false);
  });

  it('hides a drag that left without a last dragleave once dragover stops', () => {
    vi.useFakeTimers();
    const tracker = fileDragTracker(root);
    tracker.enter();
    tracker.over();
    vi.advanceTimersByTime(1000);
    expect(shown()).toBe(false);
  });
});
