// Light or dark: the setting decides, 'system' follows the operating system.
import type { Settings } from '../../core/ipc/contract';

export type ResolvedTheme = 'light' | 'dark';

export function resolveTheme(setting: Settings['theme'], systemPrefersDark: boolean): ResolvedTheme {
  if (setting === 'system') return systemPrefersDark ? 'dark' : 'light';
  return setting;
}

/** Toggling flips what the reporter sees now and stores it as an explicit choice. */
export function toggledTheme(shown: ResolvedTheme): ResolvedTheme {
  return shown === 'dark' ? 'light' : 'dark';
}
