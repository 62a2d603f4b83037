// The Copy as HTML control of the article's export dialog: the body, with the header if wanted.
import { useId, useState } from 'react';
import type { Article } from '../../core/article/article';
import { copyArticleAsHtml } from './copyArticle';
import type { ExportApi } from './exportApi';

interface CopyAsHtmlProps {
  api: Pick<ExportApi, 'copyArticleAsHtml'>;
  /** The article as it is on screen, unsaved edits included. */
  draft(): Article;
}

export function CopyAsHtml({ api, draft }: CopyAsHtmlProps) {
  const [header, setHeader] = useState(false);
  const [outcome, setOutcome] = useState('');
  const headerId = useId();

  const copy = async () => {
    setOutcome('');
    const problem = await copyArticleAsHtml(api, draft(), header);
    setOutcome(problem ?? (header ? 'Copied the header and body as HTML.' : 'Copied the body as HTML.'));
  };

  return (
    <fieldset className="export-copy">
      <legend>Paste into a CMS</legend>
      <input id={headerId} type="checkbox" checked={header} onChange={(event) => setHeader(event.target.checked)} />
      <label htmlFor={headerId}>Include the header</label>
      <button type="button" className="quiet" onClick={() => void copy()}>
        Copy as HTML
      </button>
      <p role="status" className="export-copied">
        {outcome}
      </p>
    </fieldset>
  );
}
