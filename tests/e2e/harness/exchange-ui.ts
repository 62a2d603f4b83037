// Export, Copy as HTML and import as the reporter meets them (issue 6): the export dialog, its
// progress bar, the clipboard read back, and a file dropped on the window from disk.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { newArticle, type Article } from '../../../core/article/article';
import { serializeArticle } from '../../../core/article/serialize';
import { REGISTER_DROPPED_FUNCTION } from './bridge-names';
import type { Harness } from './harness';

export const exchangeUi = (page: Page) => {
  const dialog = (name: 'Export article' | 'Export library'): Locator => page.getByRole('dialog', { name });
  return {
    dialog,
    progress: page.getByRole('progressbar', { name: 'Export progress' }),
    notice: page.getByLabel('Import and export notice', { exact: true }),
    button: (name: string, within: Locator): Locator => within.getByRole('button', { name, exact: true }),
  };
};

/** `count` small article files, `story-0001` to `story-1000`, written straight into the library folder. */
export async function writeArticles(
  folder: string,
  count: number,
  extra: (n: number) => Partial<Article> = () => ({}),
): Promise<void> {
  for (let n = 1; n <= count; n++) {
    const number = String(n).padStart(4, '0');
    const article: Article = {
      ...newArticle({
        id: `generated-${number}`,
        slug: `story-${number}`,
        headline: `Generated story ${number}`,
        now: '2025-03-01T09:00:00.000Z',
      }),
      body: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: `The council met for the ${n}th time.` }] }],
      },
      ...extra(n),
    };
    await writeFile(join(folder, `story-${number}.byline.json`), serializeArticle(article));
  }
}

/** Every file in the export folder: complete pages end with </html>; anything else (a temporary file) is listed as such. */
export async function exportedFiles(folder: string): Promise<{ pages: string[]; complete: boolean; others: string[] }> {
  const names = await readdir(folder).catch(() => [] as string[]);
  const pages = names.filter((name) => name.endsWith('.html'));
  const others = names.filter((name) => !name.endsWith('.html'));
  let complete = true;
  for (const name of pages) {
    if (!(await readFile(join(folder, name), 'utf8')).trimEnd().endsWith('</html>')) complete = false;
  }
  return { pages, complete, others };
}

/** What the system clipboard holds now, both flavours, read back in the page with the harness's permission. */
export async function clipboardFlavours(page: Page): Promise<{ html: string; text: string }> {
  return page.evaluate(async () => {
    const read = async (item: ClipboardItem, type: string) =>
      item.types.includes(type) ? (await item.getType(type)).text() : '';
    const [item] = await navigator.clipboard.read();
    return item
      ? { html: await read(item, 'text/html'), text: await read(item, 'text/plain') }
      : { html: '', text: '' };
  });
}

/** Lets the page read the clipboard back, and puts a sentinel there so a copy that did nothing shows. */
export async function clearClipboard(page: Page, sentinel: string): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
  await page.evaluate((text) => navigator.clipboard.writeText(text), sentinel);
}

/**
 * Drops the file at `path` on the window as a file manager's drag would: dragover, then drop,
 * carrying a File with its name and bytes, which the bridge knows to be at `path` (in Electron
 * the drag itself tells the preload), so main reads it from disk as it would in the app.
 */
export async function dropFileAt(page: Page, path: string, type = 'text/plain'): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ([base64, filePath, fileType, register]) => {
      const data = Uint8Array.from(atob(base64!), (char) => char.charCodeAt(0));
      const file = new File([data], filePath!.split(/[\\/]/).pop()!, { type: fileType! });
      (window as unknown as Record<string, (file: File, path: string) => void>)[register!]!(file, filePath!);
      const transfer = new DataTransfer();
      transfer.items.add(file);
      return transfer;
    },
    [(await readFile(path)).toString('base64'), path, type, REGISTER_DROPPED_FUNCTION] as const,
  );
  await page.dispatchEvent('body', 'dragover', { dataTransfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer });
}

let drops = 0;

/** Writes `bytes` as a file called `name` into the harness's folder, then drops it on the window. */
export async function dropFile(harness: Harness, name: string, bytes: Buffer, type = 'text/plain'): Promise<void> {
  const folder = join(harness.folders.root, 'dropped', String(++drops));
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, name), bytes);
  await dropFileAt(harness.page, join(folder, name), type);
}
