// The page the preview shows: the article exactly as File › Export Article… writes it, through
// the export's own HTML and stylesheet, or the export's own sentence when it would refuse it.
import type { Article } from '../../core/article/article';
import { createExporter } from '../../core/export';
import { whyNotExported } from '../../core/export/unpublishable';
import type { Settings } from '../../core/settings/settings';

export type PreviewPage = { ok: true; html: string } | { ok: false; reason: string };

export function previewPage(article: Article, settings: Settings): PreviewPage {
  try {
    return { ok: true, html: createExporter(settings).document(article) };
  } catch (error) {
    return { ok: false, reason: whyNotExported(error) };
  }
}
