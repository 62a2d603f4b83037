// Opening the settings file without ever wiping it: an unreadable file is moved aside, kept for
// the reporter, and Byline starts from defaults with a notice. Nothing here needs Electron.
import { existsSync, renameSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';

export interface OpenedSettings<T> {
  store: T;
  /** Set when the file was unreadable and was moved aside. */
  notice: string | null;
}

/** The two ways electron-store's `conf` reports a file it cannot use (with clearInvalidConfig off). */
export function isCorruptSettingsError(error: unknown): boolean {
  if (error instanceof SyntaxError) return true;
  return error instanceof Error && error.message.startsWith('Config schema violation:');
}

/** Renames `file` to `<name>.corrupt-<time>.json` beside it and returns the new path. */
export function moveAside(file: string, at: Date): string {
  const extension = extname(file);
  const stem = basename(file, extension);
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  let target = join(dirname(file), `${stem}.corrupt-${stamp}${extension}`);
  for (let n = 2; existsSync(target); n += 1) target = join(dirname(file), `${stem}.corrupt-${stamp}-${n}${extension}`);
  renameSync(file, target);
  return target;
}

export function corruptNotice(movedTo: string): string {
  return `Your settings file could not be read, so Byline started with default settings. The old file was kept as ${basename(movedTo)}.`;
}

/**
 * Runs `open` over `file`; when it fails because the file is not valid JSON or breaks the schema,
 * moves the file aside and opens again from defaults. Other failures (permissions) propagate.
 */
export function openSettingsFile<T>(file: string, open: () => T, now: () => Date): OpenedSettings<T> {
  try {
    return { store: open(), notice: null };
  } catch (error) {
    if (!isCorruptSettingsError(error) || !existsSync(file)) throw error;
    const movedTo = moveAside(file, now());
    return { store: open(), notice: corruptNotice(movedTo) };
  }
}
