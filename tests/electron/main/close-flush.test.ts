import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCloseFlush, holdCloseUntilFlushed } from '../../../electron/main/close-flush';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function fakeWindow() {
  let onClose: ((event: { preventDefault(): void }) => void) | undefined;
  const window = {
    closed: 0,
    on: (_name: 'close', listener: typeof onClose) => (onClose = listener),
    isDestroyed: () => false,
    close() {
      const event = { preventDefault: vi.fn() };
      onClose!(event);
      if (event.preventDefault.mock.calls.length === 0) window.closed += 1;
    },
  };
  return window;
}

describe('closing the window', () => {
  it('waits for the renderer to flush its saves, then closes', async () => {
    const ask = vi.fn();
    const flush = createCloseFlush(ask, 5_000);
    const window = fakeWindow();
    holdCloseUntilFlushed(window, flush);

    window.close();
    expect(ask).toHaveBeenCalledTimes(1);
    expect(window.closed).toBe(0);

    flush.readyToClose();
    await vi.runAllTimersAsync();
    expect(window.closed).toBe(1);
  });

  it('closes anyway when the renderer never answers', async () => {
    const flush = createCloseFlush(() => undefined, 5_000);
    const window = fakeWindow();
    holdCloseUntilFlushed(window, flush);
    window.close();

    await vi.advanceTimersByTimeAsync(4_900);
    expect(window.closed).toBe(0);
    await vi.advanceTimersByTimeAsync(200);
    expect(window.closed).toBe(1);
  });

  it('asks once however often close and quit are requested', async () => {
    const ask = vi.fn();
    const flush = createCloseFlush(ask, 5_000);
    const window = fakeWindow();
    holdCloseUntilFlushed(window, flush);
    window.close();
    window.close();
    const quitting = flush.flush();
    flush.readyToClose();
    await quitting;
    await vi.runAllTimersAsync();
    expect(ask).toHaveBeenCalledTimes(1);
    expect(window.closed).toBe(1);
  });

  it('does not wait on a page that cannot be asked', async () => {
    const flush = createCloseFlush(() => {
      throw new Error('Render frame was disposed');
    }, 5_000);
    await flush.flush();
    expect(flush.done).toBe(true);
  });
});
