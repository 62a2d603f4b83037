// What the reporter sees of the window's appearance: the theme in force, focus mode, and how
// light the page behind the article body really is.
import type { Page } from 'playwright-core';

/** The data-* attribute the app sets on its root element (the document element or the app's root). */
export async function rootFlag(page: Page, name: 'theme' | 'focus'): Promise<string | null> {
  return page.evaluate((attribute) => {
    const root = document.documentElement.hasAttribute(attribute)
      ? document.documentElement
      : document.querySelector(`[${attribute}]`);
    return root?.getAttribute(attribute) ?? null;
  }, `data-${name}`);
}

/** Relative luminance (0 black … 1 white) of the first opaque background behind the article body. */
export async function bodyBackgroundLuminance(page: Page): Promise<number> {
  return page.getByRole('textbox', { name: 'Article body' }).evaluate((body) => {
    for (let element: Element | null = body; element; element = element.parentElement) {
      const match = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(
        getComputedStyle(element).backgroundColor,
      );
      if (!match || match[4] === '0') continue;
      const [r, g, b] = [match[1], match[2], match[3]].map((channel) => {
        const value = Number(channel) / 255;
        return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    }
    // Nothing painted behind the body: the browser's white canvas shows through.
    return 1;
  });
}
