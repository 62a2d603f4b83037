import { describe, expect, it } from 'vitest';
import { ariaShortcut, shortcutLabel, tooltipText } from '../../../../renderer/editor/body/shortcuts';

describe('shortcuts as each system writes them', () => {
  it('Ctrl on Linux and Windows, ⌘ on macOS with the modifiers in its own order', () => {
    expect(shortcutLabel('Mod+Shift+S', false)).toBe('Ctrl+Shift+S');
    expect(shortcutLabel('Mod+Shift+S', true)).toBe('⇧⌘S');
    expect(shortcutLabel('Mod+Alt+2', true)).toBe('⌥⌘2');
    expect(ariaShortcut('Mod+B', false)).toBe('Control+B');
    expect(ariaShortcut('Mod+B', true)).toBe('Meta+B');
  });

  it('a tooltip names the action, then its shortcut when it has one', () => {
    expect(tooltipText('Bold', 'Mod+B', true)).toBe('Bold (⌘B)');
    expect(tooltipText('Horizontal rule', undefined, false)).toBe('Horizontal rule');
  });
});
