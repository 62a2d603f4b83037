// The page: the first-start folder choice, or the workspace over the chosen library.
import { useEffect, useState } from 'react';
import type { LibraryState } from '../../core/ipc/contract';
import type { BylineApi } from '../bridge';
import { useSettings } from '../settings/useSettings';
import { FirstStart } from './FirstStart';
import { useTheme } from './useTheme';
import { Workspace } from './Workspace';

export function App({ api }: { api: BylineApi }) {
  const [library, setLibrary] = useState<LibraryState | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [noticeSeen, setNoticeSeen] = useState(false);
  const settings = useSettings(api);
  const { toggle } = useTheme(settings);

  useEffect(() => {
    void api.getLibraryState({}).then((state) => {
      if (state.ok) setLibrary(state.value);
      else setProblem(state.error.message);
    });
  }, [api]);

  if (problem) return <p role="alert">{problem}</p>;
  if (!library) return null;
  const settingsNotice =
    library.settingsNotice && !noticeSeen ? (
      <div role="status" aria-label="Settings notice" className="notice">
        {library.settingsNotice}{' '}
        <button type="button" className="quiet" onClick={() => setNoticeSeen(true)}>
          Dismiss
        </button>
      </div>
    ) : null;
  if (library.folder === null) {
    return (
      <>
        {/* In a landmark of its own, as everything on the page is. */}
        {settingsNotice ? <section aria-label="Notices">{settingsNotice}</section> : null}
        <FirstStart api={api} proposedFolder={library.proposedFolder} onChosen={setLibrary} />
      </>
    );
  }
  // The notice goes on the desk, so the workspace keeps the whole window and its status bar the foot.
  return (
    <Workspace
      key={library.folder}
      api={api}
      settings={settings}
      onToggleTheme={toggle}
      onLibraryState={setLibrary}
      appNotice={settingsNotice}
    />
  );
}
