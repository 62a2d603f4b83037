// `byline export-all FOLDER OUTDIR [--tz IANA]`: every article file in the library folder to a
// page in OUTDIR (created when missing), with an index.html. Prints {"exported","failed"}:
// articles that cannot be exported are listed with their reason and the command still exits 0;
// a folder that cannot be written is an error (exit 1).
import { exportBatch } from '../../electron/library/export/batch-export';
import { libraryArticleFiles } from '../../electron/library/export/library-articles';
import type { CommandInput } from '../command-spec';
import type { COMMANDS } from '../command-table';
import { commandLineSettings } from './export';

export interface PrintedBatch {
  exported: number;
  failed: { path: string; error: string }[];
}

export async function exportAllCommand({
  FOLDER,
  OUTDIR,
  tz,
}: CommandInput<(typeof COMMANDS)['export-all']>): Promise<PrintedBatch> {
  const settings = commandLineSettings(tz);
  const { exported, failed } = await exportBatch({
    files: await libraryArticleFiles(FOLDER),
    outDir: OUTDIR,
    settings,
  });
  return { exported: exported.length, failed };
}
