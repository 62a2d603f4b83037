// What runs in the page in place of the preload: the preload's own API builder (core/ipc/api.ts),
// with a Playwright binding for ipcRenderer and, for Electron's webUtils.getPathForFile (which
// Chromium lacks), the paths of the files a test dropped from disk. A File made in the page has
// no path here either, so a drop reaches the real main-side handler exactly as it would in Electron.
import { buildApi, type DroppedFile, type Transport } from '../../../core/ipc/api';
import type { Result } from '../../../core/ipc/errors';
import type { EventName } from '../../../core/ipc/names';
import { DELIVER_FUNCTION, INVOKE_BINDING, REGISTER_DROPPED_FUNCTION } from './bridge-names';

type Listener = (payload: unknown) => void;
type Invoke = (name: string, args: unknown) => Promise<Result<unknown>>;

const listeners = new Map<EventName, Set<Listener>>();
const transport: Transport = {
  invoke: (name, args) => (window as unknown as Record<string, Invoke>)[INVOKE_BINDING]!(name, args),
  subscribe(name, listener) {
    const wrapped: Listener = (payload) => listener(payload);
    if (!listeners.has(name)) listeners.set(name, new Set());
    listeners.get(name)!.add(wrapped);
    return () => void listeners.get(name)?.delete(wrapped);
  },
};

// As webUtils.getPathForFile: '' for a File made in the page, an error for anything not a File.
const onDisk = new WeakMap<File, string>();
function pathForFile(file: DroppedFile): string {
  if (!(file instanceof File)) throw new TypeError('Error processing argument at index 0.');
  return onDisk.get(file) ?? '';
}

Object.defineProperty(window, 'byline', { value: Object.freeze(buildApi(transport, pathForFile)), enumerable: true });
Object.defineProperty(window, DELIVER_FUNCTION, {
  value: (event: EventName, payload: unknown) => {
    for (const listener of [...(listeners.get(event) ?? [])]) {
      try {
        listener(payload);
      } catch (error) {
        console.error(error);
      }
    }
  },
});
// Only the harness's drop helper calls this: Electron knows a dropped file's path from the drag itself.
Object.defineProperty(window, REGISTER_DROPPED_FUNCTION, {
  value: (file: File, path: string) => void onDisk.set(file, path),
});
