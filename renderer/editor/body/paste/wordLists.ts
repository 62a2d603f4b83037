// Word pastes a list as paragraphs styled "mso-list:l0 level1 lfo1" with a typed bullet in front;
// this turns runs of them back into real (nested) lists before cleaning.

interface WordListItem {
  paragraph: Element;
  level: number;
  ordered: boolean;
}

export function collectWordLists(root: Element): void {
  const paragraphs = Array.from(root.querySelectorAll('p')).filter(isWordListParagraph);
  const runs: WordListItem[][] = [];
  for (const paragraph of paragraphs) {
    const item = { paragraph, level: listLevel(paragraph), ordered: isOrderedMarker(markerText(paragraph)) };
    const run = runs.at(-1);
    const previous = run?.at(-1)?.paragraph;
    if (run && previous && nextElement(previous) === paragraph) run.push(item);
    else runs.push([item]);
  }
  for (const run of runs) replaceWithList(run);
}

function isWordListParagraph(paragraph: Element): boolean {
  return /mso-list\s*:\s*l\d/i.test(paragraph.getAttribute('style') ?? '');
}

function listLevel(paragraph: Element): number {
  const match = /level(\d+)/i.exec(paragraph.getAttribute('style') ?? '');
  return match ? Number(match[1]) : 1;
}

/** The bullet or number Word typed, found between its supportLists conditional comments. */
function markerText(paragraph: Element): string {
  let inside = false;
  let text = '';
  const walker = paragraph.ownerDocument.createTreeWalker(paragraph, NodeFilter.SHOW_COMMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.COMMENT_NODE) {
      const data = (node as Comment).data.trim();
      if (/^\[if !supportLists\]/i.test(data)) inside = true;
      else if (/^\[endif\]/i.test(data) && inside) break;
    } else if (inside) text += node.textContent ?? '';
  }
  return text.replace(/\u00a0/g, ' ').trim();
}

function isOrderedMarker(marker: string): boolean {
  return /^(\d+|[a-z]|[ivxlc]+)[.)]/i.test(marker);
}

function nextElement(element: Element): Element | null {
  let node = element.nextSibling;
  while (node && node.nodeType !== Node.ELEMENT_NODE) {
    if (node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '') return null;
    node = node.nextSibling;
  }
  return node as Element | null;
}

function replaceWithList(run: WordListItem[]): void {
  const first = run[0]!.paragraph;
  const doc = first.ownerDocument;
  const top = doc.createElement(run[0]!.ordered ? 'ol' : 'ul');
  first.before(top);
  // lists[n] is the open list at level n + 1; a deeper item nests inside the last item above it.
  const lists: Element[] = [top];
  for (const { paragraph, level, ordered } of run) {
    while (lists.length > level && lists.length > 1) lists.pop();
    while (lists.length < level) {
      const parentItem = lists.at(-1)!.lastElementChild ?? lists.at(-1)!.appendChild(doc.createElement('li'));
      const nested = parentItem.appendChild(doc.createElement(ordered ? 'ol' : 'ul'));
      lists.push(nested);
    }
    const item = lists.at(-1)!.appendChild(doc.createElement('li'));
    item.appendChild(paragraph);
  }
}
