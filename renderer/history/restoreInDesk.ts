// Restore, as the desk does it: the open article's edits saved first (a restore must never throw
// away typing nobody saved), main writes the restored version as a new revision (refused if the
// file changed meanwhile), then the desk takes the file back as it takes any change on disk, so
// autosave, backups and conflict detection go on from the restored version.
import type { Desk } from '../session/desk';
import type { HistoryApi } from './historyApi';

/** Null when restored; otherwise why nothing was restored. */
export async function restoreInDesk(
  desk: Pick<Desk, 'session' | 'changedOnDisk'>,
  api: Pick<HistoryApi, 'restoreRevision'>,
  rev: number,
): Promise<string | null> {
  const session = desk.session;
  if (!session) return 'No article is open.';
  if (!session.editable) return 'This article cannot be changed here, so no revision can be restored into it.';
  await session.save();
  const { conflict, saveState } = session.getSnapshot();
  if (conflict !== null) return 'The file changed on disk: choose which version to keep before restoring.';
  if (session.unsaved)
    return `Your latest edits could not be saved${saveState.kind === 'failed' ? ` (${saveState.message})` : ''}, so nothing was restored.`;
  const restored = await api.restoreRevision({ id: session.id, rev, revision: session.revision });
  if (!restored.ok) return restored.error.message;
  if (desk.session === session) await desk.changedOnDisk(session.id);
  return null;
}
