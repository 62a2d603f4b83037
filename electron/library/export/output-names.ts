// The file names a batch export writes: one per article from its slug, never two alike.

/** `index.html` is the batch's table of contents, so no article may take that name. */
export const INDEX_NAME = 'index';

/**
 * Hands out `<slug>`, then `<slug>-2`, `<slug>-3`… when an earlier article in the same batch
 * (or the index) already has the name. Slugs are lower case and hold no dots, so the names
 * cannot collide on a case-insensitive disk nor with the `.ninjs.json` file beside each page.
 */
export class OutputNames {
  private readonly taken = new Set<string>([INDEX_NAME]);

  claim(slug: string): string {
    let name = slug;
    for (let n = 2; this.taken.has(name); n++) name = `${slug}-${n}`;
    this.taken.add(name);
    return name;
  }
}
