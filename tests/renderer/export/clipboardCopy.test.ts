// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { copyFlavours } from '../../../renderer/export/clipboardCopy';

const FLAVOURS = { html: '<p>The council <strong>met</strong>.</p>', text: 'The council met.' };

/** Fires a copy event as the browser does when the copy command runs, and returns what it put on the clipboard. */
function fireCopy(target: EventTarget): Map<string, string> {
  const data = new Map<string, string>();
  const event = new Event('copy', { bubbles: true, cancelable: true }) as ClipboardEvent;
  Object.defineProperty(event, 'clipboardData', {
    value: { setData: (type: string, value: string) => data.set(type, value) },
  });
  target.dispatchEvent(event);
  return data;
}

describe('copyFlavours', () => {
  it('fills both flavours from the copy the page may run itself, before any other copy handler', async () => {
    let copied = new Map<string, string>();
    const editorHandler = vi.fn();
    document.body.addEventListener('copy', editorHandler);
    document.execCommand = vi.fn(() => {
      copied = fireCopy(document.body);
      return true;
    });
    const fromMenu = vi.fn(async () => undefined);
    expect(await copyFlavours(window, FLAVOURS, fromMenu)).toBe(true);
    expect(copied).toEqual(
      new Map([
        ['text/html', FLAVOURS.html],
        ['text/plain', FLAVOURS.text],
      ]),
    );
    expect(fromMenu).not.toHaveBeenCalled();
    expect(editorHandler).not.toHaveBeenCalled();
    document.body.removeEventListener('copy', editorHandler);
  });

  it('asks main to run the copy command when the page may not (a menu click), and stops listening after', async () => {
    let copied = new Map<string, string>();
    document.execCommand = vi.fn(() => false);
    const fromMenu = vi.fn(async () => {
      copied = fireCopy(document.body);
    });
    expect(await copyFlavours(window, FLAVOURS, fromMenu)).toBe(true);
    expect(copied.get('text/plain')).toBe(FLAVOURS.text);
    // A later copy by the reporter is theirs again.
    expect(fireCopy(document.body).size).toBe(0);
  });

  it('says so when no copy event comes at all', async () => {
    vi.useFakeTimers();
    document.execCommand = vi.fn(() => false);
    const result = copyFlavours(window, FLAVOURS, async () => undefined);
    await vi.advanceTimersByTimeAsync(2_500);
    expect(await result).toBe(false);
    vi.useRealTimers();
  });
});
