// A file dropped on the window, made ready to send to main: checked as the contract will check it
// (so the reporter reads a plain sentence, not a refusal from the boundary), then its bytes as base64.
import { IMPORT_EXTENSIONS, IMPORT_MAX_BYTES } from '../../core/ipc/contract';

/** Why Byline will not import this file, or null when it will try. */
export function importProblem(name: string, size: number): string | null {
  if (!IMPORT_EXTENSIONS.some((extension) => name.toLowerCase().endsWith(extension))) {
    return `“${name}” cannot be imported: Byline imports .txt, .html, .htm and .docx files.`;
  }
  if (size === 0) return `“${name}” cannot be imported: the file is empty.`;
  if (size > IMPORT_MAX_BYTES) return `“${name}” cannot be imported: it is larger than 16 MB.`;
  return null;
}

/** Chunked, because String.fromCharCode over megabytes at once overflows the call stack. */
export function toBase64(bytes: Uint8Array): string {
  const CHUNK = 0x8000;
  let binary = '';
  for (let start = 0; start < bytes.length; start += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
  }
  return btoa(binary);
}

/** The first file of a drop, if the drag carries files at all (a dragged selection of text does not). */
export function droppedFile(data: DataTransfer | null): File | null {
  if (!data || !Array.from(data.types).includes('Files')) return null;
  return data.files[0] ?? null;
}
