// The whole preload API for tests that render the app: the fake library plus settings and events.
import { vi } from 'vitest';
import type { BylineApi } from '../../../core/ipc/api';
import type { LibraryState } from '../../../core/ipc/contract';
import { ok } from '../../../core/ipc/errors';
import { defaultSettings, type Settings } from '../../../core/settings/settings';
import type { FakeLibrary } from '../fakeApi';

export function fullApi(library: FakeLibrary, state: LibraryState) {
  let settings: Settings = { ...defaultSettings('UTC'), theme: 'dark' };
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const on = (name: string) => (listener: (payload: unknown) => void) => {
    const set = listeners.get(name) ?? new Set();
    set.add(listener);
    listeners.set(name, set);
    return () => set.delete(listener);
  };
  const api = {
    ...library.api,
    getLibraryState: vi.fn(async () => ok(state)),
    setupLibrary: vi.fn(async () => ok({ ...state, folder: state.proposedFolder })),
    showInFolder: vi.fn(async () => ok({})),
    getSettings: vi.fn(async () => ok(settings)),
    updateSettings: vi.fn(async ({ patch }: { patch: Partial<Settings> }) => {
      settings = { ...settings, ...patch };
      return ok(settings);
    }),
    readyToClose: vi.fn(async () => ok({})),
    onLibraryChanged: on('libraryChanged'),
    onArticleChangedOnDisk: on('articleChangedOnDisk'),
    onSettingsChanged: on('settingsChanged'),
    onMenuCommand: on('menuCommand'),
    onBeforeClose: on('beforeClose'),
  } as unknown as BylineApi;
  const emit = (name: string, payload: unknown) => listeners.get(name)?.forEach((listener) => listener(payload));
  return { api, emit };
}

export const opened: LibraryState = {
  folder: '/home/reporter/Documents/Byline',
  proposedFolder: '/home/reporter/Documents/Byline',
  settingsNotice: null,
};
