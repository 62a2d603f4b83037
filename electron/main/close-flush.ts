// Holding a window's close (and the app's quit) until the renderer has flushed its saves, with a
// deadline so a hung or crashed page can never keep Byline open.

export const CLOSE_FLUSH_TIMEOUT_MS = 5_000;

export interface CloseFlush {
  /** True once the renderer answered or the deadline passed: closing may go ahead. */
  readonly done: boolean;
  /** Asks the renderer once (`beforeClose`) and resolves when it is ready or time is up. */
  flush(): Promise<void>;
  /** The renderer's `readyToClose`. */
  readyToClose(): void;
}

export function createCloseFlush(ask: () => void, timeoutMs = CLOSE_FLUSH_TIMEOUT_MS): CloseFlush {
  let done = false;
  let pending: Promise<void> | null = null;
  let release: (() => void) | null = null;
  return {
    get done() {
      return done;
    },
    flush() {
      if (done) return Promise.resolve();
      pending ??= new Promise<void>((resolve) => {
        const finish = () => {
          clearTimeout(timer);
          done = true;
          resolve();
        };
        const timer = setTimeout(finish, timeoutMs);
        release = finish;
        try {
          ask();
        } catch {
          finish();
        }
      });
      return pending;
    },
    readyToClose() {
      release?.();
    },
  };
}

interface ClosableWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  isDestroyed(): boolean;
  close(): void;
}

/** The first `close` is held until the flush is over, then the window closes for real. */
export function holdCloseUntilFlushed(window: ClosableWindow, flush: CloseFlush): void {
  let waiting = false;
  window.on('close', (event) => {
    if (flush.done) return;
    event.preventDefault();
    if (waiting) return;
    waiting = true;
    void flush.flush().then(() => {
      if (!window.isDestroyed()) window.close();
    });
  });
}
