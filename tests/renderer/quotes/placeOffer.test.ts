// Where the attribution popup goes: under the caret's line, above it near the foot, inside the
// readable part of the article, and nowhere when its line is under a bar or scrolled away.
import { describe, expect, it } from 'vitest';
import { placement } from '../../../renderer/quotes/placeOffer';

const box = { top: 40, bottom: 600, left: 200, right: 900 };
const size = { width: 300, height: 40 };
const caret = (top: number, left = 400) => ({ top, bottom: top + 20, left, right: left });

describe('placing the attribution popup', () => {
  it('sits just under the caret’s line, starting at the caret', () => {
    expect(placement(caret(100), size, box, 1200)).toEqual({ top: 126, left: 400 });
  });

  it('goes above the line when there is no room under it', () => {
    expect(placement(caret(560), size, box, 1200)).toEqual({ top: 560 - 6 - 40, left: 400 });
  });

  it('stays inside the article’s column and the window', () => {
    expect(placement(caret(100, 850), size, box, 1200)?.left).toBe(900 - 4 - 300);
    expect(placement(caret(100, 850), size, box, 1000)?.left).toBe(900 - 4 - 300);
    expect(placement(caret(100, 100), size, box, 1200)?.left).toBe(204);
  });

  it('is nowhere while its line is under the toolbar or scrolled out of the article', () => {
    expect(placement(caret(10), size, box, 1200)).toBeNull();
    expect(placement(caret(700), size, box, 1200)).toBeNull();
  });
});
