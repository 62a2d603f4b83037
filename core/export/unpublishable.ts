// Why an article is not exported at all: it holds content from a newer Byline that this version
// shows only as placeholders (core/body/placeholders.ts). A placeholder must never be published.
import { AttributeError } from '../body/attribute-rules';
import { placeholderLabel } from '../body/placeholders';

/** The export's refusal, worded for the reporter; callers add which file it is. */
export class UnpublishableContent extends Error {
  override name = 'UnpublishableContent';
}

export function newerContentRefusal(type: string): UnpublishableContent {
  return new UnpublishableContent(
    `The article holds ${placeholderLabel(type)} that this version shows only as a placeholder; it is not exported, so that no placeholder is ever published. Export it from a newer Byline.`,
  );
}

/** Why rendering an article failed, in a sentence, worded as the file's read would word it. */
export function whyNotExported(error: unknown): string {
  if (error instanceof UnpublishableContent) return error.message;
  if (error instanceof AttributeError) return `The body does not fit the article format: ${error.message}.`;
  return `The body holds content this version cannot export without losing it (${error instanceof Error ? error.message : String(error)}).`;
}
