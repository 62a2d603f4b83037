// `byline export-all FOLDER OUTDIR [--tz IANA]`: every article file in the library folder to a
// page in OUTDIR (created when missing), with an index.html. Prints {"exported","failed"}:
// articles that cannot be exported are listed with their reason and the command still exits 0;
// a folder that cannot be written is an error (exit 1).
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { exportBatch } from '../../electron/library/export/batch-export';
import { libraryArticleFiles } from '../../electron/library/export/library-articles';
import { libraryFolder, UsageError } from '../usage';
import { commandLineSettings, parseArguments } from './export';

export interface PrintedBatch {
  exported: number;
  failed: { path: string; error: string }[];
}

function outputFolder(argument: string | undefined): string {
  if (argument === undefined || argument === '') throw new UsageError('missing the OUTDIR');
  const folder = resolve(argument);
  let isFile = false;
  try {
    isFile = !statSync(folder).isDirectory();
  } catch {
    // Missing: the export creates it.
  }
  if (isFile) throw new UsageError(`not a folder: ${argument}`);
  return folder;
}

export async function exportAllCommand(args: string[]): Promise<PrintedBatch> {
  const { positional, values } = parseArguments(args, [], ['--tz']);
  const [folderArgument, outArgument, ...extra] = positional;
  const folder = libraryFolder(folderArgument);
  const outDir = outputFolder(outArgument);
  if (extra.length > 0) throw new UsageError(`unexpected argument: ${extra[0]}`);
  const settings = commandLineSettings(values.get('--tz'));
  const { exported, failed } = await exportBatch({ files: await libraryArticleFiles(folder), outDir, settings });
  return { exported: exported.length, failed };
}
