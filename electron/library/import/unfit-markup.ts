// The refusal of markup too big or too deep to read, in the reporter's words, with the limit named.
import { counted, MAX_NESTING, MAX_PAGE_ELEMENTS } from './import-limits';
import type { MarkupShape } from './markup-shape';
import { ImportRefusal } from './refusal';

/** `what`: the page, or the Word document once converted to HTML. */
type Markup = 'page' | 'Word document';

export function refuseTooDeep(deepest: number, what: Markup): void {
  if (deepest > MAX_NESTING)
    throw new ImportRefusal(
      `its elements are nested more than ${MAX_NESTING} levels deep; Byline reads no ${what} nested deeper.`,
    );
}

export function refuseUnfitMarkup(shape: MarkupShape, what: Markup): void {
  refuseTooDeep(shape.deepest, what);
  if (shape.elements > MAX_PAGE_ELEMENTS) {
    throw new ImportRefusal(
      `the ${what} has ${counted(shape.elements)} HTML elements; Byline reads ${what}s of up to ${counted(MAX_PAGE_ELEMENTS)}.`,
    );
  }
}
