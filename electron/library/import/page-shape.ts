// The page model measured once built, in one pass without recursion: how deep its elements really
// nest (the count from the text is close, this one is exact), and how much work Readability would
// have on it.

export interface PageShape {
  deepest: number;
  /** The sum over elements of the square of each one's number of children: see MAX_READABILITY_WORK. */
  readabilityWork: number;
}

export function pageShape(root: Node): PageShape {
  let deepest = 0;
  let readabilityWork = 0;
  let depth = 0;
  let node: Node | null = root;
  while (node) {
    let children = 0;
    for (let child = node.firstChild; child; child = child.nextSibling) children++;
    readabilityWork += children * children;
    // Down to the first child, else on to the next sibling of this node or of its nearest ancestor.
    const first: Node | null = node.firstChild;
    if (first) {
      node = first;
      deepest = Math.max(deepest, ++depth);
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      depth--;
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  return { deepest, readabilityWork };
}
