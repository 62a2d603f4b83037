// axe-core on the page as the reporter sees it: the serious and critical violations, printed with where they are.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export async function seriousViolations(page: Page, screen: string): Promise<string[]> {
  // Legacy mode runs axe inside the page itself: the default opens a second page to merge frame
  // results, and the harness closes every new window at once, as Electron's window handler denies them.
  const { violations } = await new AxeBuilder({ page }).setLegacyMode().analyze();
  const found = violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map(
        (node) => `${violation.impact} ${violation.id} (${violation.help}) at ${node.target.join(' ')}`,
      ),
    );
  if (found.length > 0) console.log(`axe on ${screen}:\n  ${found.join('\n  ')}`);
  return found;
}

/** Every violation axe finds, whatever its impact (minor included), printed with where it is. */
export async function allViolations(page: Page, screen: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).setLegacyMode().analyze();
  const found = violations.flatMap((violation) =>
    violation.nodes.map(
      (node) => `${violation.impact} ${violation.id} (${violation.help}) at ${node.target.join(' ')}`,
    ),
  );
  if (found.length > 0) console.log(`axe on ${screen}:\n  ${found.join('\n  ')}`);
  return found;
}
