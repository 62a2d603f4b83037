// Applies the theme to the root element and keeps it current with settings and the system.
import { useCallback, useEffect, useState } from 'react';
import type { Settings } from '../../core/ipc/contract';
import type { BylineApi } from '../bridge';
import { resolveTheme, toggledTheme, type ResolvedTheme } from './theme';

export type ThemeApi = Pick<BylineApi, 'getSettings' | 'updateSettings' | 'onSettingsChanged'>;

const DARK_QUERY = '(prefers-color-scheme: dark)';

export function useTheme(api: ThemeApi): { theme: ResolvedTheme; toggle: () => void } {
  const [setting, setSetting] = useState<Settings['theme']>('system');
  const [systemDark, setSystemDark] = useState(() => window.matchMedia?.(DARK_QUERY).matches ?? false);
  const theme = resolveTheme(setting, systemDark);

  useEffect(() => {
    void api.getSettings({}).then((settings) => {
      if (settings.ok) setSetting(settings.value.theme);
    });
    return api.onSettingsChanged((settings) => setSetting(settings.theme));
  }, [api]);

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
    setSetting(next);
    void api.updateSettings({ patch: { theme: next } });
  }, [api, theme]);

  return { theme, toggle };
}
