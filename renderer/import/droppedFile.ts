// A file dropped on the window, checked as main will check it (so the reporter reads a plain
// sentence at once, not a refusal from the boundary); main then reads it from where it is on disk.
import { sizeProblem } from '../../core/import/import-size';
import { IMPORTABLE_KINDS, isImportableName } from '../../core/ipc/contract';

/** Why Byline will not import this file, or null when it will try. */
export function importProblem(name: string, size: number): string | null {
  if (!isImportableName(name)) return `“${name}” cannot be imported: ${IMPORTABLE_KINDS}.`;
  const problem = sizeProblem(size);
  return problem ? `“${name}” cannot be imported: ${problem}` : null;
}

/** The first file of a drop, if the drag carries files at all (a dragged selection of text does not). */
export function droppedFile(data: DataTransfer | null): File | null {
  if (!data || !Array.from(data.types).includes('Files')) return null;
  return data.files[0] ?? null;
}
