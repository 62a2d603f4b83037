// The refusal of markup too big or too deep to read, in the reporter's words, with the limit named.
import { counted, MAX_NESTING, MAX_PAGE_ELEMENTS } from './import-limits';
import type { MarkupShape } from './markup-shape';
import { ImportRefusal } from './refusal';

/** `what`: the page, or the Word document once converted to HTML. */
export function refuseUnfitMarkup(shape: Pick<MarkupShape, 'elements' | 'deepest'>, what: 'page' | 'Word document'): void {
  if (shape.deepest > MAX_NESTING) throw new ImportRefusal(`its elements are nested more than ${MAX_NESTING} levels deep; Byline reads no ${what} nested deeper.`);
  if (shape.elements > MAX_PAGE_ELEMENTS) {
    throw new ImportRefusal(`the ${what} has ${counted(shape.elements)} HTML elements; Byline reads ${what}s of up to ${counted(MAX_PAGE_ELEMENTS)}.`);
  }
}
