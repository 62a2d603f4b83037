// "Chosen articles" in the library export: a checkbox for each readable article, listed when asked.
import { useEffect, useState } from 'react';
import type { ArticleSummary } from '../../core/ipc/contract';
import type { ExportApi } from './exportApi';

interface ArticleChooserProps {
  api: Pick<ExportApi, 'listLibrary'>;
  chosen: ReadonlySet<string>;
  onChange(chosen: Set<string>): void;
}

export function ArticleChooser({ api, chosen, onChange }: ArticleChooserProps) {
  const [articles, setArticles] = useState<ArticleSummary[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void api.listLibrary({}).then((listed) => {
      if (!live) return;
      if (!listed.ok) return setProblem(listed.error.message);
      const readable = listed.value.entries.filter((entry): entry is ArticleSummary => entry.kind === 'article');
      setArticles(readable.sort((a, b) => a.headline.localeCompare(b.headline)));
    });
    return () => {
      live = false;
    };
  }, [api]);

  if (problem) return <p role="alert">{problem}</p>;
  if (!articles) return <p>Listing the library…</p>;
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    onChange(next);
  };
  return (
    <fieldset className="export-chooser">
      <legend>Articles to export</legend>
      <ul>
        {articles.map((article) => (
          <li key={article.id}>
            <label>
              <input
                type="checkbox"
                checked={chosen.has(article.id)}
                onChange={(event) => toggle(article.id, event.target.checked)}
              />{' '}
              {article.headline || 'Untitled'}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
