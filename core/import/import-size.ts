// The largest file Byline imports, named once: the window checks a dropped file against it before
// asking main, main refuses anything larger before reading it (File › Import… and a drop alike),
// and both say so with the same words, built from the number.

const MB = 1024 * 1024;

/** A saved page or a Word file of this size is far past any article: the file is not read at all. */
export const MAX_IMPORT_BYTES = 50 * MB;

/** "16 MB", "0.5 MB": sizes as a reporter reads them. */
export const megabytes = (bytes: number) => `${Math.round((bytes / MB) * 10) / 10} MB`;

/** Why a file of `size` bytes is not imported, or null when its size is fine; after "… cannot be imported: ". */
export function sizeProblem(size: number): string | null {
  if (size === 0) return 'the file is empty.';
  if (size > MAX_IMPORT_BYTES) return `it is larger than ${megabytes(MAX_IMPORT_BYTES)}, the most Byline imports.`;
  return null;
}
