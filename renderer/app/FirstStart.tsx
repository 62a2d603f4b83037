// First start: the reporter picks where the library of article files lives.
import { useState } from 'react';
import type { LibraryState } from '../../core/ipc/contract';
import type { BylineApi } from '../bridge';

interface FirstStartProps {
  api: Pick<BylineApi, 'setupLibrary'>;
  proposedFolder: string;
  onChosen: (state: LibraryState) => void;
}

export function FirstStart({ api, proposedFolder, onChosen }: FirstStartProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const choose = async (choice: 'proposed' | 'choose') => {
    const chosen = await api.setupLibrary({ choice });
    if (chosen.ok) onChosen(chosen.value);
    else setProblem(chosen.error.message);
  };
  return (
    <main className="first-start">
      <h1>Choose a library folder</h1>
      <p>Byline keeps every article as a file in one folder. You can change it later with File › Open Library…</p>
      <p className="folder-path">{proposedFolder}</p>
      <div className="actions">
        <button type="button" onClick={() => void choose('proposed')}>
          Use this folder
        </button>
        <button type="button" onClick={() => void choose('choose')}>
          Choose another folder…
        </button>
      </div>
      {problem ? <p role="alert">{problem}</p> : null}
    </main>
  );
}
