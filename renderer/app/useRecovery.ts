// Backups of unsaved edits left by an earlier run, offered back one at a time at start.
import { useEffect, useState } from 'react';
import type { Backup } from '../../core/ipc/contract';
import type { BylineApi } from '../bridge';
import type { Desk } from '../session/desk';

export interface Recovery {
  offered: Backup | null;
  restore: () => void;
  discard: () => void;
}

export function useRecovery(api: Pick<BylineApi, 'listBackups'>, desk: Desk): Recovery {
  const [waiting, setWaiting] = useState<Backup[]>([]);

  useEffect(() => {
    let current = true;
    void api.listBackups({}).then((listed) => {
      if (current && listed.ok) setWaiting(listed.value.backups);
    });
    return () => {
      current = false;
    };
  }, [api]);

  const offered = waiting[0] ?? null;
  const next = () => setWaiting((rest) => rest.slice(1));
  return {
    offered,
    restore: () => {
      if (!offered) return;
      next();
      void desk.restore(offered);
    },
    discard: () => {
      if (!offered) return;
      next();
      void desk.discard(offered);
    },
  };
}
