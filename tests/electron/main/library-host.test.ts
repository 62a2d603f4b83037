import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLibraryHost, type LibraryHostDeps } from '../../../electron/main/library-host';
import type { MainSettings } from '../../../electron/settings/settings-store';

vi.mock('electron', () => ({}));

let home: string;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'byline-host-'));
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

function setUp(chosen: string | null = null) {
  let folder: string | null = null;
  const settings = {
    libraryFolder: () => folder,
    setLibraryFolder: (next: string) => {
      folder = next;
    },
    notice: () => 'Your settings file could not be read.',
  } as unknown as MainSettings;
  const deps: LibraryHostDeps = {
    settings,
    proposedFolder: join(home, 'Documents', 'Byline'),
    chooseFolder: vi.fn(async () => chosen),
    openLibraryAt: vi.fn(async () => undefined),
    libraryChanged: vi.fn(),
    showItemInFolder: vi.fn(),
    readyToClose: vi.fn(),
  };
  return { host: createLibraryHost(deps), deps };
}

describe('the library on this machine', () => {
  it('proposes Byline in Documents and passes on the settings notice', () => {
    const { host } = setUp();
    expect(host.libraryState()).toEqual({
      folder: null,
      proposedFolder: join(home, 'Documents', 'Byline'),
      settingsNotice: 'Your settings file could not be read.',
    });
  });

  it('creates the proposed folder, opens it, remembers it and tells the page', async () => {
    const { host, deps } = setUp();
    const state = await host.setupLibrary('proposed');
    expect(statSync(join(home, 'Documents', 'Byline')).isDirectory()).toBe(true);
    expect(state.folder).toBe(join(home, 'Documents', 'Byline'));
    expect(deps.openLibraryAt).toHaveBeenCalledWith(join(home, 'Documents', 'Byline'));
    expect(deps.libraryChanged).toHaveBeenCalledTimes(1);
  });

  it('opens the folder chosen in the dialog', async () => {
    const { host, deps } = setUp(join(home, 'Shared', 'Desk'));
    expect((await host.setupLibrary('choose')).folder).toBe(join(home, 'Shared', 'Desk'));
    expect(deps.openLibraryAt).toHaveBeenCalledWith(join(home, 'Shared', 'Desk'));
  });

  it('changes nothing when the dialog is cancelled', async () => {
    const { host, deps } = setUp(null);
    expect((await host.setupLibrary('choose')).folder).toBeNull();
    expect(deps.openLibraryAt).not.toHaveBeenCalled();
    expect(deps.libraryChanged).not.toHaveBeenCalled();
  });
});
