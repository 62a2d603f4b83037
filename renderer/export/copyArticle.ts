// Copy as HTML: main renders the article's fragment with the exporter (which never writes a private
// field), and the page puts it on the clipboard as HTML and as plain text at once.
import type { Article } from '../../core/article/article';
import { copyFlavours } from './clipboardCopy';
import type { ExportApi } from './exportApi';

/** Null once both flavours are on the clipboard; otherwise what went wrong, for the reporter. */
export async function copyArticleAsHtml(
  api: Pick<ExportApi, 'articleAsHtml' | 'copyFromMenu'>,
  article: Article,
  header: boolean,
  win: Window = window,
): Promise<string | null> {
  const rendered = await api.articleAsHtml({ article, header });
  if (!rendered.ok) return rendered.error.message;
  const copied = await copyFlavours(win, rendered.value, () => api.copyFromMenu({}));
  return copied ? null : 'The clipboard did not take the copy. Try Copy as HTML again.';
}
