// The typed API the renderer sees as `byline` on its global object: one function per operation, one
// subscription per event, each subscription returning its own unsubscribe.
import type { EventPayload, OpArgs, OpResult } from './contract';
import type { Result } from './errors';
import { EVENT_NAMES, OPERATION_NAMES, subscriberOf, type EventName, type OperationName } from './names';

export type Unsubscribe = () => void;

export type BylineApi = {
  [K in OperationName]: (args: OpArgs<K>) => Promise<Result<OpResult<K>>>;
} & {
  [K in EventName as `on${Capitalize<K>}`]: (listener: (payload: EventPayload<K>) => void) => Unsubscribe;
};

export interface Transport {
  invoke(name: OperationName, args: unknown): Promise<Result<unknown>>;
  subscribe(name: EventName, listener: (payload: unknown) => void): Unsubscribe;
}

/** Builds the API over a transport: Electron's ipcRenderer in the preload, a Playwright binding in tests. */
export function buildApi(transport: Transport): BylineApi {
  const api: Record<string, unknown> = {};
  for (const name of OPERATION_NAMES) api[name] = (args: unknown) => transport.invoke(name, args ?? {});
  for (const name of EVENT_NAMES)
    api[subscriberOf(name)] = (listener: (payload: unknown) => void) => transport.subscribe(name, listener);
  return api as BylineApi;
}
