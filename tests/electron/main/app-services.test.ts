import { tmpdir } from 'node:os';
import { describe, expect, it, vi } from 'vitest';

const opened = vi.hoisted(() => [] as { folder: string; searchBuild: unknown; closed: number }[]);

vi.mock('../../../electron/services/open-library', () => ({
  openLibrary: vi.fn(async (options: { folder: string; searchBuild: unknown }) => {
    if (options.folder.endsWith('unplugged')) throw new Error('ENOENT: no such file or directory');
    const library = { folder: options.folder, searchBuild: options.searchBuild, closed: 0 };
    opened.push(library);
    return { store: { folder: options.folder }, index: {}, close: async () => void (library.closed += 1) };
  }),
}));

const { createAppServices } = await import('../../../electron/main/app-services');

const services = () =>
  createAppServices({
    userData: tmpdir(),
    searchWorker: '/app/out/main/search-worker.js',
    trash: async () => undefined,
    onDiskChange: () => undefined,
    onListChanged: () => undefined,
  });

describe('the app services', () => {
  it('has no library until one is opened, then builds its index in the bundled worker', async () => {
    const app = services();
    expect(app.library()).toBeNull();
    await app.openLibraryAt('/home/ana/Byline');
    expect(app.library()?.store.folder).toBe('/home/ana/Byline');
    expect(opened.at(-1)?.searchBuild).toEqual({ kind: 'worker', entry: '/app/out/main/search-worker.js' });
  });

  it('closes the old library when another is opened, even when asked twice at once', async () => {
    opened.length = 0;
    const app = services();
    await Promise.all([app.openLibraryAt('/a'), app.openLibraryAt('/b'), app.openLibraryAt('/c')]);
    expect(opened.map((library) => [library.folder, library.closed])).toEqual([
      ['/a', 1],
      ['/b', 1],
      ['/c', 0],
    ]);
    expect(app.library()?.store.folder).toBe('/c');
  });

  it('reports a folder that cannot be opened and can still open another', async () => {
    const app = services();
    await expect(app.openLibraryAt('/media/unplugged')).rejects.toThrow('ENOENT');
    expect(app.library()).toBeNull();
    await app.openLibraryAt('/home/ana/Byline');
    expect(app.library()).not.toBeNull();
  });

  it('closes the library at shutdown', async () => {
    opened.length = 0;
    const app = services();
    await app.openLibraryAt('/home/ana/Byline');
    await app.shutdown();
    expect(opened[0]?.closed).toBe(1);
    expect(app.library()).toBeNull();
  });
});
