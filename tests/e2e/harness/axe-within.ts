// axe-core over one part of the page (the toolbar and its open menu, the find bar, the attribution
// popup), at every impact level: the parts this issue built answer for all of them.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export async function violationsWithin(page: Page, ...selectors: string[]): Promise<string[]> {
  let builder = new AxeBuilder({ page }).setLegacyMode();
  for (const selector of selectors) builder = builder.include(selector);
  const { violations } = await builder.analyze();
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) => `${violation.impact} ${violation.id} (${violation.help}) at ${node.target.join(' ')}`,
    ),
  );
}
