// Before an export: where the files go (main's folder dialog), whether ninjs files go beside them,
// and for the library, all of it or chosen articles.
import { useId, type ReactNode } from 'react';
import type { ExportApi } from './exportApi';
import { ArticleChooser } from './ArticleChooser';

export interface ExportChoices {
  folder: string | null;
  ninjs: boolean;
  /** Null: the whole library (or the one article the dialog is about). */
  chosen: Set<string> | null;
}

interface ExportSetupProps {
  api: Pick<ExportApi, 'chooseExportFolder' | 'listLibrary'>;
  choices: ExportChoices;
  /** Only the library export offers a choice of articles. */
  offerChoice: boolean;
  onChange(choices: ExportChoices): void;
  onProblem(problem: string | null): void;
  children?: ReactNode;
}

export function ExportSetup({ api, choices, offerChoice, onChange, onProblem, children }: ExportSetupProps) {
  const ids = { folder: useId(), ninjs: useId(), scope: useId() };
  const chooseFolder = async () => {
    const chosen = await api.chooseExportFolder({});
    if (!chosen.ok) return onProblem(chosen.error.message);
    onProblem(null);
    onChange({ ...choices, folder: chosen.value.folder });
  };

  return (
    <div className="export-setup">
      <p id={ids.folder} className="folder-path">
        {choices.folder ?? 'No folder chosen yet'}
      </p>
      <div className="actions">
        <button type="button" className="quiet" aria-describedby={ids.folder} onClick={() => void chooseFolder()}>
          Choose folder…
        </button>
      </div>
      <p>
        <input
          id={ids.ninjs}
          type="checkbox"
          checked={choices.ninjs}
          onChange={(event) => onChange({ ...choices, ninjs: event.target.checked })}
        />
        <label htmlFor={ids.ninjs}> Also write ninjs files (IPTC JSON)</label>
      </p>
      {offerChoice ? (
        <fieldset className="export-scope">
          <legend>What to export</legend>
          <label>
            <input
              type="radio"
              name={ids.scope}
              checked={choices.chosen === null}
              onChange={() => onChange({ ...choices, chosen: null })}
            />{' '}
            The whole library
          </label>{' '}
          <label>
            <input
              type="radio"
              name={ids.scope}
              checked={choices.chosen !== null}
              onChange={() => onChange({ ...choices, chosen: new Set() })}
            />{' '}
            Chosen articles
          </label>
          {choices.chosen !== null ? (
            <ArticleChooser api={api} chosen={choices.chosen} onChange={(chosen) => onChange({ ...choices, chosen })} />
          ) : null}
        </fieldset>
      ) : null}
      {children}
    </div>
  );
}
