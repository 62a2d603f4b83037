// `byline import FILE [--into FOLDER] [--tz IANA]`: web page text, a saved HTML page, a Word .docx
// or Byline's own export becomes a new article file in FOLDER (default the current folder), its
// quotations marked with their suggested speakers. Prints {"id","path"}. A file that cannot be
// imported is one line on stderr and exit code 1, with nothing written.
import { placeImported } from '../../electron/library/import/place-import';
import { importInWorker } from '../../electron/library/import/run-import';
import type { CommandHost, CommandInput } from '../command-spec';
import type { COMMANDS } from '../command-table';
import { commandLineStore } from '../library-store';
import { newsroomZone } from '../newsroom';

export interface ImportedFile {
  id: string;
  path: string;
}

export async function importCommand(
  { FILE, into, tz }: CommandInput<typeof COMMANDS.import>,
  { importWorker }: CommandHost,
): Promise<ImportedFile> {
  // The same worker as the app's, with the same limits: a file the app refuses is refused here too.
  // From the bundle, the worker is the bundled one, so the command runs without TypeScript.
  const made = await importInWorker(FILE, {
    timeZone: newsroomZone(tz),
    ...(importWorker === undefined ? {} : { entry: importWorker }),
  });
  // The store names it (the next free slug, never over another file) and places the worker's bytes in one step.
  const store = commandLineStore(into);
  const { file } = await placeImported(store, made);
  return { id: made.id, path: store.pathOf(file) };
}
