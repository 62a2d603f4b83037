// Copy as HTML: main renders the article's fragment with the exporter (which never writes a private
// field) and puts it on the system clipboard as HTML and as plain text at once. The page never
// touches the clipboard: a menu click is no gesture in the page, and the sandbox has no clipboard API.
import type { Article } from '../../core/article/article';
import type { ExportApi } from './exportApi';

/** Null once both flavours are on the clipboard; otherwise what went wrong, for the reporter. */
export async function copyArticleAsHtml(
  api: Pick<ExportApi, 'copyArticleAsHtml'>,
  article: Article,
  header: boolean,
): Promise<string | null> {
  const copied = await api.copyArticleAsHtml({ article, header });
  return copied.ok ? null : copied.error.message;
}
