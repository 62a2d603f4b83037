// Whether the file at a path can be imported at all, judged from what the file system says of it
// before a byte is read: main asks this of a dropped file's path before starting a worker, and
// the worker asks it again of every file it reads (the file may have changed in between).
import { stat } from 'node:fs/promises';
import { sizeProblem } from '../../../core/import/import-size';

/** Why the file cannot be imported, after "… cannot be imported: ", or null when it may be read. */
export async function fileProblem(path: string): Promise<string | null> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return 'it is a folder or a device, not a file.';
    return sizeProblem(info.size);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? 'there is no such file.' : `it cannot be read (${code ?? String(error)}).`;
  }
}
