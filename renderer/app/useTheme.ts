// Applies the theme to the root element, following the settings and, for 'system', the OS.
import { useCallback, useEffect, useState } from 'react';
import type { Settings } from '../../core/ipc/contract';
import type { SettingsStore } from '../settings/useSettings';
import { resolveTheme, toggledTheme, type ResolvedTheme } from './theme';

const DARK_QUERY = '(prefers-color-scheme: dark)';

export function useTheme({ settings, update }: SettingsStore): { theme: ResolvedTheme; toggle: () => void } {
  const [systemDark, setSystemDark] = useState(() => window.matchMedia?.(DARK_QUERY).matches ?? false);
  // A toggle shows at once, before the main process confirms the stored choice.
  const [chosen, setChosen] = useState<Settings['theme'] | null>(null);
  const setting = chosen ?? settings?.theme ?? 'system';
  const theme = resolveTheme(setting, systemDark);

  useEffect(() => setChosen(null), [settings]);

  useEffect(() => {
    const query = window.matchMedia?.(DARK_QUERY);
    if (!query) return;
    const follow = (event: MediaQueryListEvent) => setSystemDark(event.matches);
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, []);

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  const toggle = useCallback(() => {
    const next = toggledTheme(theme);
    setChosen(next);
    void update({ theme: next });
  }, [update, theme]);

  return { theme, toggle };
}
