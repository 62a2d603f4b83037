// One export run as the dialog shows it: set up, running with progress (fed by main's throttled
// events), finished with its summary, or refused with a message.
import { useCallback, useEffect, useState } from 'react';
import type { ExportSummary } from '../../core/ipc/contract';
import type { Result } from '../../core/ipc/errors';
import type { ExportApi } from './exportApi';

export type ExportRun =
  | { phase: 'setup' }
  | { phase: 'running'; done: number; total: number; cancelling: boolean }
  | { phase: 'finished'; summary: ExportSummary };

export function useExportRun(api: ExportApi) {
  const [run, setRun] = useState<ExportRun>({ phase: 'setup' });
  const [problem, setProblem] = useState<string | null>(null);

  // Listening from the start, not from the first render of the run, so no early step is missed.
  useEffect(
    () =>
      api.onExportProgress(({ done, total }) =>
        setRun((current) =>
          current.phase === 'running' ? { ...current, done: Math.max(current.done, done), total } : current,
        ),
      ),
    [api],
  );

  const start = useCallback(async (total: number, exporting: () => Promise<Result<ExportSummary>>) => {
    setProblem(null);
    setRun({ phase: 'running', done: 0, total, cancelling: false });
    const result = await exporting();
    if (result.ok) {
      setRun({ phase: 'finished', summary: result.value });
    } else {
      setProblem(result.error.message);
      setRun({ phase: 'setup' });
    }
  }, []);

  const cancel = useCallback(() => {
    setRun((current) => (current.phase === 'running' ? { ...current, cancelling: true } : current));
    void api.cancelExport({});
  }, [api]);

  return { run, problem, setProblem, start, cancel };
}
