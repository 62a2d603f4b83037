// The text of the init script that builds `window.byline` in the page exactly as the preload
// does: one function per operation, one `onX` subscription per event returning its unsubscribe.
// It is generated from core's name lists, so a new operation reaches the tests without edits here.
import { EVENT_NAMES, OPERATION_NAMES, subscriberOf } from '../../../core/ipc/names';

/** The Playwright binding standing in for ipcRenderer.invoke; the preload never exposes its transport. */
export const INVOKE_BINDING = '__bylineInvoke';
/** How the harness delivers an event (what webContents.send does in Electron). */
export const DELIVER_FUNCTION = '__bylineDeliverEvent';

export function bridgeScript(): string {
  const subscribers = Object.fromEntries(EVENT_NAMES.map((name) => [name, subscriberOf(name)]));
  return `(() => {
  const operations = ${JSON.stringify(OPERATION_NAMES)};
  const subscribers = ${JSON.stringify(subscribers)};
  const listeners = new Map();
  const api = {};
  for (const name of operations) {
    api[name] = (args) => window[${JSON.stringify(INVOKE_BINDING)}](name, args === undefined ? {} : args);
  }
  for (const [event, subscriber] of Object.entries(subscribers)) {
    listeners.set(event, new Set());
    api[subscriber] = (listener) => {
      const wrapped = (payload) => listener(payload);
      listeners.get(event).add(wrapped);
      return () => { listeners.get(event).delete(wrapped); };
    };
  }
  Object.defineProperty(window, 'byline', { value: Object.freeze(api), enumerable: true });
  Object.defineProperty(window, ${JSON.stringify(DELIVER_FUNCTION)}, {
    value: (event, payload) => {
      for (const listener of [...(listeners.get(event) || [])]) {
        try { listener(payload); } catch (error) { console.error(error); }
      }
    },
  });
})();`;
}
