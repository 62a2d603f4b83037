// Applies the theme to the root element, following the settings and, for 'system', the OS.
import { useCallback, useEffect, useState } from 'react';
import type { Settings } from '../../core/ipc/contract';
import type { SettingsStore } from '../settings/useSettings';
import { resolveTheme, toggledTheme, type ResolvedTheme } from './theme';

const DARK_QUERY = '(prefers-color-scheme: dark)';

export function useTheme({ settings, update }: SettingsStore): { theme: ResolvedTheme; toggle: () => void } {
  const [systemDark, setSystemDark] = useState(() => window.matchMedia?.(DARK_QUERY).matches ?? false);
  // A toggle shows at once, before the main process confirms the stored choice; it stands only
  // until the settings it was made against are replaced by newer ones.
  const [chosen, setChosen] = useState<{ theme: Settings['theme']; over: Settings | null } | null>(null);
  const setting = (chosen && chosen.over === settings ? chosen.theme : null) ?? settings?.theme ?? 'system';
  const theme = resolveTheme(setting, systemDark);

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
    setChosen({ theme: next, over: settings });
    void update({ theme: next });
  }, [update, theme, settings]);

  return { theme, toggle };
}
