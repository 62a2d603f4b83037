import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EVENT_NAMES, OPERATION_NAMES, subscriberOf } from '../../../core/ipc/names';

type Relay = (event: unknown, payload: unknown) => void;

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<(event: unknown, payload: unknown) => void>>();
  // Electron's webUtils.getPathForFile: a path for a File dropped from disk, '' for one made in
  // the page, and a TypeError for anything that is not a File.
  const onDisk = new WeakMap<object, string>();
  return {
    listeners,
    onDisk,
    getPathForFile: vi.fn((file: unknown) => {
      if (!(file instanceof File)) throw new TypeError('Error processing argument at index 0.');
      return onDisk.get(file) ?? '';
    }),
    exposed: new Map<string, unknown>(),
    ipcRenderer: {
      invoke: vi.fn(async (_channel: string, _args: unknown): Promise<unknown> => ({ ok: true, value: {} })),
      on: vi.fn((channel: string, listener: (event: unknown, payload: unknown) => void) => {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel)!.add(listener);
      }),
      removeListener: vi.fn((channel: string, listener: (event: unknown, payload: unknown) => void) => {
        listeners.get(channel)?.delete(listener);
      }),
    },
  };
});

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value) },
  ipcRenderer: electron.ipcRenderer,
  webUtils: { getPathForFile: electron.getPathForFile },
}));

await import('../../../electron/preload/index');
const api = electron.exposed.get('byline') as Record<string, (...args: unknown[]) => unknown>;
const emit = (channel: string, payload: unknown) => {
  for (const relay of electron.listeners.get(channel) ?? [])
    (relay as Relay)({ sender: 'the raw IPC event', ports: [] }, payload);
};

beforeEach(() => electron.ipcRenderer.invoke.mockClear());

describe('the preload', () => {
  it('exposes only window.byline', () => {
    expect([...electron.exposed.keys()]).toEqual(['byline']);
  });

  it('exposes exactly one function per operation and per event, and nothing else', () => {
    const expected = [...OPERATION_NAMES, ...EVENT_NAMES.map(subscriberOf)].sort();
    expect(Object.keys(api).sort()).toEqual(expected);
    for (const key of Object.keys(api)) expect(typeof api[key]).toBe('function');
    expect(api).not.toHaveProperty('ipcRenderer');
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('send');
  });

  it('gives the page no way to ask main to open a link outside Byline', () => {
    // Links a page opens go through the new-window guard (web-guards.ts), never through the API.
    expect(api).not.toHaveProperty('openExternal');
  });

  it('calls an operation on its own channel with its arguments', async () => {
    electron.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: { hits: [], ready: true } });
    await expect(api.searchLibrary!({ query: 'harbour' })).resolves.toEqual({
      ok: true,
      value: { hits: [], ready: true },
    });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('byline:searchLibrary', { query: 'harbour' });
  });

  it('turns a missing main-process handler into an error value', async () => {
    electron.ipcRenderer.invoke.mockRejectedValueOnce(new Error("No handler registered for 'byline:listLibrary'"));
    await expect(api.listLibrary!({})).resolves.toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
  });

  it('hands listeners the payload only, and unsubscribes', () => {
    const heard: unknown[][] = [];
    const unsubscribe = api.onArticleChangedOnDisk!((...args: unknown[]) => heard.push(args)) as () => void;
    emit('byline:articleChangedOnDisk', { id: 'abcdefgh1234', deleted: false });
    expect(heard).toEqual([[{ id: 'abcdefgh1234', deleted: false }]]);

    unsubscribe();
    emit('byline:articleChangedOnDisk', { id: 'abcdefgh1234', deleted: true });
    expect(heard).toHaveLength(1);
  });

  it("does not hear one event on another event's listener", () => {
    const heard: unknown[] = [];
    const unsubscribe = api.onBeforeClose!((payload: unknown) => heard.push(payload)) as () => void;
    emit('byline:libraryChanged', {});
    expect(heard).toEqual([]);
    emit('byline:beforeClose', {});
    expect(heard).toEqual([{}]);
    unsubscribe();
  });
});

describe('a file dropped on the window', () => {
  const dropped = (name: string, path?: string) => {
    const file = new File(['story'], name);
    if (path) electron.onDisk.set(file, path);
    return file;
  };

  it('reaches main as the path Electron gives for the dropped File, and nothing else', async () => {
    electron.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: { article: {} } });
    await api.importDroppedFile!({ file: dropped('story.txt', '/home/amina/Downloads/story.txt') });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith('byline:importDroppedFile', {
      path: '/home/amina/Downloads/story.txt',
    });
  });

  it('a File made in the page has no path: refused in a sentence, main is not asked', async () => {
    await expect(api.importDroppedFile!({ file: dropped('made-up.txt') })).resolves.toEqual({
      ok: false,
      error: {
        code: 'BAD_ARGUMENTS',
        message: '“made-up.txt” cannot be imported: it is not a file on this computer’s disk.',
      },
    });
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it.each([
    ['a path of its own', { path: '/etc/passwd.txt' }],
    ['a file and a path', { file: { name: 'x.txt' }, path: '/etc/passwd.txt' }],
    ['a string for a file', { file: '/etc/passwd.txt' }],
    ['nothing', undefined],
  ])('gives the page no way to name a path: %s is refused, main is not asked', async (_what, args) => {
    const result = await api.importDroppedFile!(args);
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENTS' } });
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
  });
});
