// The part of `window.byline` that export, Copy as HTML and import use.
import type { BylineApi } from '../bridge';

export type ExportApi = Pick<
  BylineApi,
  | 'chooseExportFolder'
  | 'exportArticle'
  | 'exportArticles'
  | 'cancelExport'
  | 'showExportedFiles'
  | 'onExportProgress'
  | 'listLibrary'
  | 'copyArticleAsHtml'
>;

export type ImportApi = Pick<BylineApi, 'importArticle' | 'importDroppedFile'>;

/** What the dialog exports: the open article (as saved), or the library, whole or chosen articles. */
export type ExportTarget = { kind: 'article'; id: string; headline: string } | { kind: 'library' };

const counts = new Intl.NumberFormat('en');

/** "12 of 1,000": the words the progress bar reads out. */
export function progressText(done: number, total: number): string {
  return `${counts.format(done)} of ${counts.format(total)}`;
}

export function articlesText(n: number): string {
  return `${counts.format(n)} ${n === 1 ? 'article' : 'articles'}`;
}
