// Installs the contract's handlers on ipcMain, one channel per operation, each refusing callers
// that are not the app's own top frame; and sends events after checking their payloads.
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { events, type EventPayload } from '../../core/ipc/contract';
import { dispatch, type Handlers } from '../../core/ipc/dispatch';
import { fail, type Result } from '../../core/ipc/errors';
import { channelOf, OPERATION_NAMES, type EventName } from '../../core/ipc/names';
import { isTrustedUrl } from './app-origin';

/** True when the call comes from a live top-level frame showing one of the trusted origins. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>, origins: readonly string[]): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  return isTrustedUrl(frame.url, origins);
}

/** Registers every operation; returns a function that removes them again (for shutdown). */
export function installIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  handlers: Handlers,
  origins: readonly string[],
): () => void {
  for (const name of OPERATION_NAMES) {
    ipcMain.handle(channelOf(name), async (event, args: unknown): Promise<Result<unknown>> => {
      if (!isTrustedSender(event, origins))
        return fail('FORBIDDEN', `${name} was called from a page that is not Byline.`);
      return dispatch(handlers, name, args);
    });
  }
  return () => {
    for (const name of OPERATION_NAMES) ipcMain.removeHandler(channelOf(name));
  };
}

/** Sends an event to the page; a payload that breaks the contract is a bug in main, so it throws. */
export function sendEvent<K extends EventName>(
  contents: Pick<WebContents, 'send' | 'isDestroyed'>,
  name: K,
  payload: EventPayload<K>,
): void {
  const checked = events[name].parse(payload);
  if (contents.isDestroyed()) return;
  contents.send(channelOf(name), checked);
}
