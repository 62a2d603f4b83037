// Puts HTML and plain text on the clipboard at once. The sandboxed page has no clipboard API it
// may use without a permission Byline denies, so it does what the system's Copy does: it runs the
// copy command and fills the copy event's clipboardData with both flavours.

export interface ClipboardFlavours {
  html: string;
  text: string;
}

/** How long the fallback (main running the window's copy command) may take to reach the page. */
const MENU_COPY_WAIT_MS = 2_000;

/**
 * A click in the page may run the copy command itself; a menu click is no gesture in the page,
 * so `copyFromMenu` asks main to run it (webContents.copy(), as Edit › Copy does). Resolves true
 * once the flavours are on the clipboard.
 */
export async function copyFlavours(
  win: Window,
  flavours: ClipboardFlavours,
  copyFromMenu: () => Promise<unknown>,
): Promise<boolean> {
  let done = false;
  let settle: (copied: boolean) => void = () => undefined;
  const copied = new Promise<boolean>((resolve) => (settle = resolve));
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/html', flavours.html);
    event.clipboardData.setData('text/plain', flavours.text);
    event.preventDefault();
    // First of all listeners, on the window: the editor's own copy handler must not put the selection there instead.
    event.stopPropagation();
    done = true;
    settle(true);
  };
  win.addEventListener('copy', onCopy, true);
  try {
    // The copy event, when the command may run, fires before execCommand returns.
    if (runCopyCommand(win.document) && done) return true;
    await copyFromMenu();
    const timer = new Promise<boolean>((resolve) => win.setTimeout(() => resolve(false), MENU_COPY_WAIT_MS));
    return await Promise.race([copied, timer]);
  } finally {
    win.removeEventListener('copy', onCopy, true);
  }
}

function runCopyCommand(doc: Document): boolean {
  try {
    return doc.execCommand('copy');
  } catch {
    return false;
  }
}
