// The typed API the renderer sees as `byline` on its global object: one function per operation, one
// subscription per event, each subscription returning its own unsubscribe.
import type { EventPayload, OpArgs, OpResult } from './contract';
import { fail, type Result } from './errors';
import { EVENT_NAMES, OPERATION_NAMES, subscriberOf, type EventName, type OperationName } from './names';

export type Unsubscribe = () => void;

/** A File the reporter dropped on the window, as the page hands it over (core knows no DOM types). */
export interface DroppedFile {
  readonly name: string;
}

/**
 * Where a dropped File is on disk: Electron's `webUtils.getPathForFile` in the preload. It answers
 * '' for a File made in the page, and throws for anything that is not a File.
 */
export type PathForFile = (file: DroppedFile) => string;

/** What the page passes: for a drop the File itself, never a path; otherwise the contract's arguments. */
export type PageArgs<K extends OperationName> = K extends 'importDroppedFile' ? { file: DroppedFile } : OpArgs<K>;

export type BylineApi = {
  [K in OperationName]: (args: PageArgs<K>) => Promise<Result<OpResult<K>>>;
} & {
  [K in EventName as `on${Capitalize<K>}`]: (listener: (payload: EventPayload<K>) => void) => Unsubscribe;
};

export interface Transport {
  invoke(name: OperationName, args: unknown): Promise<Result<unknown>>;
  subscribe(name: EventName, listener: (payload: unknown) => void): Unsubscribe;
}

/** Builds the API over a transport: Electron's ipcRenderer in the preload, a Playwright binding in tests. */
export function buildApi(transport: Transport, pathForFile: PathForFile): BylineApi {
  const api: Record<string, unknown> = {};
  for (const name of OPERATION_NAMES) api[name] = (args: unknown) => transport.invoke(name, args ?? {});
  api.importDroppedFile = (args: unknown) => importDropped(transport, pathForFile, args);
  for (const name of EVENT_NAMES)
    api[subscriberOf(name)] = (listener: (payload: unknown) => void) => transport.subscribe(name, listener);
  return api as BylineApi;
}

/**
 * A drop is sent to main as the dropped file's path, which only the preload can learn, and only
 * for a File the reporter dropped: the page has no way to name a path of its own.
 */
async function importDropped(transport: Transport, pathForFile: PathForFile, args: unknown): Promise<Result<unknown>> {
  const file = (args as { file?: DroppedFile } | null | undefined)?.file;
  let path = '';
  try {
    path = file ? pathForFile(file) : '';
  } catch {
    // Not a File at all: as good as one with no place on disk.
  }
  if (path === '') {
    const name = typeof file?.name === 'string' && file.name !== '' ? `“${file.name}”` : 'The dropped item';
    return fail('BAD_ARGUMENTS', `${name} cannot be imported: it is not a file on this computer’s disk.`);
  }
  return transport.invoke('importDroppedFile', { path });
}
