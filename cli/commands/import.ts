// `byline import FILE [--into FOLDER] [--tz IANA]`: web page text, a saved HTML page, a Word .docx
// or Byline's own export becomes a new article file in FOLDER (default the current folder), its
// quotations marked with their suggested speakers. Prints {"id","path"}. A file that cannot be
// imported, or an unknown zone, is one line on stderr and exit code 1, with nothing written.
import { importInWorker } from '../../electron/library/import/run-import';
import { commandLineStore } from '../library-store';
import { libraryFolder, noMoreArguments, UsageError } from '../usage';
import { parseArguments } from './export';

export interface ImportedFile {
  id: string;
  path: string;
}

export async function importCommand(args: string[]): Promise<ImportedFile> {
  const { positional, values } = parseArguments(args, [], ['--into', '--tz']);
  const [file, ...extra] = positional;
  if (file === undefined || file === '') throw new UsageError('missing the FILE');
  noMoreArguments(extra);
  const folder = libraryFolder(values.get('--into') ?? '.');
  // Without --tz, the newsroom is where this machine is.
  const timeZone = values.get('--tz') ?? (Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
  // The same worker as the app's, with the same limits: a file the app refuses is refused here too.
  const article = await importInWorker(file, { timeZone });
  // The store names it (the next free slug, never over another file) and writes it in one step.
  const store = commandLineStore(folder);
  const saved = await store.createFrom(article);
  return { id: saved.article.id, path: store.pathOf(saved.file) };
}
