// The in-page measuring instruments, installed before any page script runs: the keystroke probe
// (keydown → next frame → after that frame), the "document on screen" check, and a stand-in for
// React DevTools' hook through which production React reports every commit.

/** What the page hands back for each measured key, in milliseconds from its keydown. */
export interface KeyTiming {
  toFrame: number;
  afterFrame: number;
}

export interface ProbeReadout {
  keys: KeyTiming[];
  commits: number;
  /** Commits since the page loaded, recording or not: proof the hook is wired to React at all. */
  commitsSinceLoad: number;
}

/** The page-side API the driver calls through `page.evaluate`. */
export interface PageProbe {
  start(): void;
  stop(): ProbeReadout;
  pending(): number;
  /** Resolves with ms from `since` to the first frame where `selector` holds `blocks` children. */
  untilOnScreen(selector: string, blocks: number, since: number): Promise<number>;
}

export const PROBE = '__bylineTypingProbe';

export function probeScript(): string {
  return `(() => {
  let recording = false;
  let keys = [];
  let commits = 0;
  let commitsSinceLoad = 0;
  let inFlight = 0;
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject() { return 1; },
    onCommitFiberRoot() { commitsSinceLoad++; if (recording) commits++; },
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    checkDCE() {},
  };
  // Captured on window before the editor sees the key; event.timeStamp is when the input arrived.
  window.addEventListener('keydown', (event) => {
    if (!recording) return;
    const down = event.timeStamp;
    const timing = { toFrame: -1, afterFrame: -1 };
    keys.push(timing);
    inFlight++;
    requestAnimationFrame(() => {
      timing.toFrame = performance.now() - down;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        timing.afterFrame = performance.now() - down;
        inFlight--;
      };
      channel.port2.postMessage(null);
    });
  }, true);
  window[${JSON.stringify(PROBE)}] = {
    start() { keys = []; commits = 0; recording = true; },
    stop() { recording = false; return { keys, commits, commitsSinceLoad }; },
    pending() { return inFlight; },
    untilOnScreen(selector, blocks, since) {
      return new Promise((resolve) => {
        const check = () => {
          const element = document.querySelector(selector);
          if (element && element.childElementCount >= blocks) resolve(performance.now() - since);
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
    },
  };
})();`;
}
