// Carries the contract over Electron IPC: one channel per name, payloads only, never the raw event.
import type { IpcRenderer, IpcRendererEvent } from 'electron';
import type { Transport } from '../../core/ipc/api';
import { fail, type Result } from '../../core/ipc/errors';
import { channelOf } from '../../core/ipc/names';

export function ipcTransport(ipc: Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>): Transport {
  return {
    async invoke(name, args) {
      try {
        return (await ipc.invoke(channelOf(name), args)) as Result<unknown>;
      } catch (error) {
        // Main has no handler (still starting, or shutting down): an error value, like every other.
        return fail(
          'UNAVAILABLE',
          `Byline's services did not answer ${name}: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    },
    subscribe(name, listener) {
      const channel = channelOf(name);
      const relay = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
      ipc.on(channel, relay);
      return () => {
        ipc.removeListener(channel, relay);
      };
    },
  };
}
