// A page's elements of one tag, from jsdom's list of them (one walk of the page, then kept until the
// page changes), instead of a selector query: on a page of 20,000 elements each query walks it all
// again through the selector engine, 35 to 120 ms a time, and the metadata takes several.

export function elementsByTag(document: Document, tag: string): Element[] {
  return [...document.getElementsByTagName(tag)];
}

/** An attribute's value compared as selectors compare `type` and `rel` in a page: letter case aside. */
export function valueIs(element: Element, attribute: string, value: string): boolean {
  return element.getAttribute(attribute)?.toLowerCase() === value;
}
