// A saved news page: its metadata first (JSON-LD, Open Graph, <time>), then its main text as
// Readability finds it, cleaned down to what an article body keeps. Byline's own export is
// recognised and read back exactly instead.
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { readByline } from '../../../core/import/bylines';
import { takeDateline } from '../../../core/import/dateline';
import { withoutFurniture } from '../../../core/import/furniture';
import { storyBetweenEdges } from '../../../core/import/story-edges';
import { noFields, type ImportedFields } from '../../../core/import/imported';
import { cleanContent } from './clean-html';
import { bodyFromHtml } from './html-body';
import { readPageMetadata } from './page-metadata';
import { isBylineExport, readBylineExport } from './read-byline-export';

/** A page's h1 that is not the headline becomes a subhead; h2–h4 stay as they are, h5 and h6 become h4. */
const pageHeadingLevel = (level: number) => (level === 1 ? 2 : level);

/** `html` as text, or as bytes decoded in the character set the page names (as a browser would). */
export function readHtmlPage(html: string | Buffer): ImportedFields {
  // jsdom runs no script and fetches nothing unless told to: a saved page is read, never run.
  const dom = new JSDOM(html);
  try {
    const { document } = dom.window;
    if (isBylineExport(document)) return readBylineExport(document);
    const metadata = readPageMetadata(document);
    const main = new Readability<Node>(document.cloneNode(true) as Document, { serializer: (node) => node }).parse();
    const headline = metadata.headline || (main?.title ?? '').trim() || document.title.trim();
    const content = main?.content ?? document.body;
    const edges = storyBetweenEdges(withoutFurniture(bodyFromHtml(cleanContent(content, document, { headline, baseUrl: metadata.url, headingLevel: pageHeadingLevel }))));
    const body = edges.body;
    const opening = takeDateline(body);
    const stated = (kind: 'published' | 'updated') => edges.dates.find((mention) => mention.kind === kind)?.date ?? null;
    return {
      ...noFields(),
      headline,
      section: metadata.section,
      tags: metadata.tags,
      bylines: metadata.bylines.length > 0 ? metadata.bylines : edges.bylines.length > 0 ? edges.bylines : (readByline((main?.byline ?? '').trim()) ?? []),
      dateline: metadata.dateline ?? opening?.dateline ?? null,
      published: metadata.published ?? stated('published'),
      updated: metadata.updated ?? stated('updated'),
      body: opening?.body ?? body,
    };
  } finally {
    dom.window.close();
  }
}
