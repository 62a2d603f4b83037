// The services child process of the end-to-end harness: the real library services over a
// temporary library and user-data folder, behind core's dispatcher, answering the harness's calls.
// Killing it with SIGKILL is how the tests crash "the app" mid-typing.
import { mkdir, rename } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { dispatch } from '../../../core/ipc/dispatch';
import type { LibraryState } from '../../../core/ipc/contract';
import type { EventName } from '../../../core/ipc/names';
import { BackupFolder } from '../../../electron/library/backups';
import { createHandlers } from '../../../electron/services/handlers';
import type { Host } from '../../../electron/services/services';
import { openLibrary } from '../../../electron/services/open-library';
import type { ExchangeServices } from '../../../electron/services/services';
import { failingFileSystem } from './failing-file-system';
import { FileSettings } from './file-settings';
import { slowFileSystem } from './slow-file-system';
import { harnessFolders } from './folders';
import { CHILD_ENV, FAILURE_MODES, type FailureMode, type FromChild, type HostCall, type ToChild } from './protocol';

type OpenLibrary = Awaited<ReturnType<typeof openLibrary>>;

const root = process.env[CHILD_ENV.root];
if (!root) throw new Error(`${CHILD_ENV.root} must name the harness's temporary folder.`);
const folders = harnessFolders(root);
const settings = new FileSettings(folders.settingsFile);
const fileSystem = failingFileSystem(parseFailure(process.env[CHILD_ENV.failure]));
const clock = { now: () => new Date().toISOString() };
const backups = new BackupFolder({ folder: join(folders.userData, 'backups') });
let library: OpenLibrary | null = null;
let trashed = 0;
let importDialogAnswer: string | null = null;

const send = (message: FromChild): void => {
  if (process.connected) process.send?.(message);
};
const emit = (name: EventName, payload: unknown): void => send({ kind: 'event', name, payload });
const report = (call: HostCall): void => send({ kind: 'host', call });

async function openAt(folder: string): Promise<void> {
  await library?.close();
  library = await openLibrary({
    folder,
    userData: folders.userData,
    clock,
    fs: fileSystem,
    // The operating system's trash, as far as a test can tell: the file leaves the library intact.
    trash: async (absolutePath) => {
      await mkdir(folders.trash, { recursive: true });
      await rename(absolutePath, join(folders.trash, `${++trashed}-${basename(absolutePath)}`));
    },
    onDiskChange: (change) => {
      emit('libraryChanged', {});
      if (change.id) emit('articleChangedOnDisk', { id: change.id, deleted: change.kind === 'removed' });
    },
    onListChanged: () => emit('libraryChanged', {}),
  });
}

const libraryState = (): LibraryState => ({
  folder: settings.libraryFolder(),
  proposedFolder: folders.library,
  settingsNotice: null,
});

const host: Host = {
  libraryState,
  async setupLibrary(choice) {
    // There is no folder dialog in the harness: 'choose' behaves like a cancelled dialog.
    if (choice === 'choose') return libraryState();
    await mkdir(folders.library, { recursive: true });
    settings.chooseLibraryFolder(folders.library);
    await openAt(folders.library);
    return libraryState();
  },
  showInFolder: (absolutePath) => report({ call: 'showInFolder', argument: absolutePath }),
  readyToClose: () => report({ call: 'readyToClose', argument: null }),
};

// The folder dialog always answers the harness's exports folder; the open dialog what the test set.
const exchange: ExchangeServices = {
  host: {
    chooseExportFolder: async () => {
      await mkdir(folders.exports, { recursive: true });
      return folders.exports;
    },
    chooseImportFile: async () => importDialogAnswer,
    writeClipboard: (flavours) => report({ call: 'writeClipboard', argument: flavours }),
  },
  exportProgress: (progress) => emit('exportProgress', progress),
  // About 30 ms a page, 8 at a time: a 1,000-article export takes a few seconds, long enough to watch and cancel.
  exportDisk: slowFileSystem(30),
  importWorker: new URL('../../../out/main/import-worker.js', import.meta.url), // the app's own build
};

const handlers = createHandlers({ host, clock, settings, backups, library: () => library, exchange });

process.on('message', (message: ToChild) => {
  if (message.kind === 'inject') {
    fileSystem.inject(message.failure);
    return;
  }
  if (message.kind === 'answerImportDialog') {
    importDialogAnswer = message.path;
    return;
  }
  void dispatch(handlers, message.name, message.args).then((result) =>
    send({ kind: 'result', id: message.id, result }),
  );
});
// If the harness dies, so do we: no services left running after a test run.
process.on('disconnect', () => process.exit(0));

async function start(): Promise<void> {
  const folder = settings.libraryFolder();
  if (folder) await openAt(folder);
  send({ kind: 'ready' });
}

start().catch((error: unknown) => {
  send({ kind: 'fatal', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  process.exit(1);
});

function parseFailure(value: string | undefined): FailureMode | null {
  return (FAILURE_MODES as readonly string[]).includes(value ?? '') ? (value as FailureMode) : null;
}
