// The `index.html` of a batch export: every exported article's headline, linked to its page.
import { escapeAttribute, escapeText } from '../../../core/export/escape';
import { EXPORT_LANGUAGE } from '../../../core/export/exporter';

export interface IndexEntry {
  headline: string;
  /** The page's file name in the export folder (`storm-closes-harbour.html`). */
  file: string;
}

export function indexPage(entries: readonly IndexEntry[], newsroomName: string): string {
  const title = newsroomName.trim() === '' ? 'Exported articles' : `${newsroomName.trim()}: exported articles`;
  const items = entries.map(({ headline, file }) => {
    // A headline left empty still needs words for the link; the file name is what the reader sees on disk.
    const text = headline.trim() === '' ? file : headline;
    return `<li><a href="${escapeAttribute(encodeURIComponent(file))}">${escapeText(text)}</a></li>`;
  });
  return [
    '<!DOCTYPE html>',
    `<html lang="${EXPORT_LANGUAGE}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeText(title)}</title>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${escapeText(title)}</h1>`,
    ...(items.length === 0 ? ['<p>No article was exported.</p>'] : ['<ul>', ...items, '</ul>']),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
