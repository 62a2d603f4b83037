// How far the article scrolls to show a target: nothing when it is in view, a nudge when it is just
// past an edge (the caret typing past the last line), the middle when it is far (a find match, a jump).
import { describe, expect, it } from 'vitest';
import { isFullyVisible, scrollDelta, unionOf } from '../../../../renderer/editor/body/reveal';

// What the reporter can read: under a 40 px toolbar, above the scroller's foot at 600.
const box = { top: 40, bottom: 600, left: 0, right: 800 };
const line = (top: number, height = 20) => ({ top, bottom: top + height, left: 100, right: 300 });

describe('revealing a target in the article', () => {
  it('leaves a target that is already clear of the bars, margin included', () => {
    expect(scrollDelta(line(300), box)).toBe(0);
    expect(scrollDelta(line(52), box)).toBe(0);
    expect(isFullyVisible(line(45), box, 12)).toBe(false);
  });

  it('nudges a line just under the foot or just under the toolbar by what it takes', () => {
    expect(scrollDelta(line(590), box)).toBe(590 + 20 - (600 - 12));
    expect(scrollDelta(line(30), box)).toBe(30 - (40 + 12));
  });

  it('centres a target far out of view, and always when asked to', () => {
    expect(scrollDelta(line(2000), box)).toBe(2010 - 320);
    expect(scrollDelta(line(-900), box)).toBe(-890 - 320);
    expect(scrollDelta(line(590), box, { block: 'center' })).toBe(600 - 320);
  });

  it('shows the top of a target taller than what can be seen', () => {
    expect(scrollDelta({ top: 700, bottom: 1700, left: 0, right: 10 }, box)).toBe(700 - 52);
  });

  it('takes a match split into parts as one box, skipping empty parts', () => {
    expect(
      unionOf([
        { top: 10, bottom: 30, left: 400, right: 500 },
        { top: 0, bottom: 0, left: 0, right: 0 },
        { top: 30, bottom: 50, left: 0, right: 80 },
      ]),
    ).toEqual({ top: 10, bottom: 50, left: 0, right: 500 });
  });
});
