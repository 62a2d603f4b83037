// Keyboard shortcuts written once as "Mod+Shift+S" and shown the way each system writes them:
// Ctrl+Shift+S on Linux and Windows, ⇧⌘S on macOS (Mod is Cmd there, as TipTap binds it).

export const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

const MAC_SYMBOLS: Record<string, string> = { Control: '⌃', Alt: '⌥', Shift: '⇧', Meta: '⌘' };
// macOS writes its modifiers in this order, whatever order the shortcut was written in.
const MAC_ORDER = ['Control', 'Alt', 'Shift', 'Meta'];

function keys(spec: string, mac: boolean): string[] {
  return spec.split('+').map((key) => (key === 'Mod' ? (mac ? 'Meta' : 'Control') : key));
}

/** For aria-keyshortcuts: "Control+Shift+S", or "Meta+Shift+S" on macOS. */
export function ariaShortcut(spec: string, mac = IS_MAC): string {
  return keys(spec, mac).join('+');
}

/** For people: "Ctrl+Shift+S", or "⇧⌘S" on macOS. */
export function shortcutLabel(spec: string, mac = IS_MAC): string {
  const all = keys(spec, mac);
  const key = all.at(-1) ?? '';
  const modifiers = all.slice(0, -1);
  if (mac) {
    const sorted = [...modifiers].sort((a, b) => MAC_ORDER.indexOf(a) - MAC_ORDER.indexOf(b));
    return sorted.map((modifier) => MAC_SYMBOLS[modifier] ?? modifier).join('') + key;
  }
  return [...modifiers.map((modifier) => (modifier === 'Control' ? 'Ctrl' : modifier)), key].join('+');
}

/** "Bold (Ctrl+B)": what a tooltip says. */
export function tooltipText(label: string, spec: string | undefined, mac = IS_MAC): string {
  return spec ? `${label} (${shortcutLabel(spec, mac)})` : label;
}
