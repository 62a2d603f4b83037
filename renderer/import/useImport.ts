// Import from File › Import… (main's open dialog) and by dropping a file on the window: main reads
// the file into a new article, and the desk opens it.
import { useCallback } from 'react';
import type { OpenedArticle } from '../../core/ipc/contract';
import type { Result } from '../../core/ipc/errors';
import type { ImportApi } from '../export/exportApi';
import { importProblem } from './droppedFile';
import { useFileDrop } from './useFileDrop';

export interface ImportDeps {
  api: ImportApi;
  /** Opens the new article on the desk (saving the one open before). */
  open(id: string): Promise<void>;
  onImported(): void;
  /** Tells the reporter how it went: progress and success as a status, a refusal as an alert. */
  notify(text: string, tone: 'status' | 'alert'): void;
}

export function useImport({ api, open, onImported, notify }: ImportDeps) {
  const finish = useCallback(
    async (result: Result<OpenedArticle | null>) => {
      if (!result.ok) return notify(result.error.message, 'alert');
      if (result.value === null) return;
      onImported();
      notify(`Imported “${result.value.article.headline || 'Untitled'}”.`, 'status');
      await open(result.value.article.id);
    },
    [notify, onImported, open],
  );

  const importFromDialog = useCallback(async () => {
    const chosen = await api.importArticle({});
    await finish(chosen.ok ? { ok: true, value: chosen.value.opened } : chosen);
  }, [api, finish]);

  const importDropped = useCallback(
    async (file: File) => {
      const problem = importProblem(file.name, file.size);
      if (problem) return notify(problem, 'alert');
      notify(`Importing “${file.name}”…`, 'status');
      // The File itself: the preload asks Electron where it is on disk, and main reads it from there.
      await finish(await api.importDroppedFile({ file }));
    },
    [api, finish, notify],
  );

  useFileDrop((file) => void importDropped(file));
  return { importFromDialog };
}
