import { describe, expect, it } from 'vitest';
import { resolveTheme, toggledTheme } from '../../../renderer/app/theme';
import { windowTitle } from '../../../renderer/app/windowTitle';

describe('windowTitle', () => {
  it.each([
    [null, false, 'Byline'],
    ['Council votes', false, 'Council votes — Byline'],
    ['Council votes', true, '• Council votes — Byline'],
    ['  ', true, '• Untitled — Byline'],
  ])('headline %j, unsaved %s → %s', (headline, unsaved, expected) => {
    expect(windowTitle(headline, unsaved)).toBe(expected);
  });
});

describe('theme', () => {
  it('follows the system only when set to system, and toggling flips what is shown', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(toggledTheme(resolveTheme('system', true))).toBe('light');
  });
});
