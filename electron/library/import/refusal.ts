// Why a file cannot be imported, already worded for the reporter ("it has 80,000 paragraphs; …"):
// readers throw it from deep inside a conversion, and it reaches the reporter as it is, after the
// file's name, never wrapped in another reader's explanation.
import { counted } from './import-limits';

export class ImportRefusal extends Error {}

/** The one sentence a reporter reads: the file, then the reason. */
export const cannotImport = (name: string, reason: string) => `"${name}" cannot be imported: ${reason}`;

/** More paragraphs than a reader takes: `what` is the kind of file ("text files", "Word documents"). */
export function tooManyParagraphs(paragraphs: number, limit: number, what: string): ImportRefusal {
  return new ImportRefusal(
    `it has ${counted(paragraphs)} paragraphs; Byline imports ${what} of up to ${counted(limit)}.`,
  );
}
