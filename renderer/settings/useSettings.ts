// The newsroom's settings as the page knows them: read once, then kept current from settingsChanged.
import { useCallback, useEffect, useState } from 'react';
import type { Settings } from '../../core/ipc/contract';
import type { BylineApi } from '../bridge';

export type SettingsApi = Pick<BylineApi, 'getSettings' | 'updateSettings' | 'onSettingsChanged'>;

export interface SettingsStore {
  /** Null until the main process answered. */
  settings: Settings | null;
  /** Stores a change; resolves with the problem to show, or null once saved. */
  update: (patch: Partial<Settings>) => Promise<string | null>;
}

export function useSettings(api: SettingsApi): SettingsStore {
  const [settings, setSettings] = useState<Settings | null>(null);

  useEffect(() => {
    let current = true;
    void api.getSettings({}).then((read) => {
      if (current && read.ok) setSettings(read.value);
    });
    const stop = api.onSettingsChanged((changed) => setSettings(changed));
    return () => {
      current = false;
      stop();
    };
  }, [api]);

  const update = useCallback(
    async (patch: Partial<Settings>) => {
      const saved = await api.updateSettings({ patch });
      if (!saved.ok) return saved.error.message;
      setSettings(saved.value);
      return null;
    },
    [api],
  );

  return { settings, update };
}
