// A saved news page: its metadata first (JSON-LD, Open Graph, <time>), then its main text as
// Readability finds it, cleaned down to what an article body keeps. Byline's own export is
// recognised and read back exactly instead.
import { Readability } from '@mozilla/readability';
import { readByline } from '../../../core/import/bylines';
import { takeDateline } from '../../../core/import/dateline';
import { withoutFurniture } from '../../../core/import/furniture';
import { storyBetweenEdges } from '../../../core/import/story-edges';
import { noFields, type ImportedFields } from '../../../core/import/imported';
import { cleanContent } from './clean-html';
import { bodyFromHtml } from './html-body';
import { MAX_READABILITY_WORK } from './import-limits';
import { htmlShape } from './markup-shape';
import { pageDocument } from './page-document';
import { elementsByTag } from './page-elements';
import { pageShape } from './page-shape';
import { refuseTooDeep, refuseUnfitMarkup } from './unfit-markup';
import { readPageMetadata } from './page-metadata';
import { isBylineExport, readBylineExport } from './read-byline-export';

/** A page's h1 that is not the headline becomes a subhead; h2–h4 stay as they are, h5 and h6 become h4. */
const pageHeadingLevel = (level: number) => (level === 1 ? 2 : level);

/** `html` as text, or as bytes decoded in the character set the page names (as a browser would). */
export function readHtmlPage(html: string | Buffer): ImportedFields {
  refuseUnfitMarkup(htmlShape(typeof html === 'string' ? html : scannable(html)), 'page');
  // jsdom runs no script and fetches nothing: a saved page is read, never run. Nothing is closed
  // (closing empties the page node by node, in quadratic time): the import runs in a worker that
  // ends with it.
  const document = pageDocument(html);
  const { deepest, readabilityWork } = pageShape(document);
  refuseTooDeep(deepest, 'page');
  if (isBylineExport(document)) return readBylineExport(document);
  const metadata = readPageMetadata(document);
  const title = document.title.trim();
  // Readability works on the page itself, after everything else has been read from it: a copy
  // would hold the whole page twice.
  const main =
    readabilityWork <= MAX_READABILITY_WORK
      ? new Readability<Node>(document, { serializer: (node) => node }).parse()
      : null;
  const headline = metadata.headline || (main?.title ?? '').trim() || title;
  const content = main?.content ?? mainColumn(document);
  const edges = storyBetweenEdges(
    withoutFurniture(
      bodyFromHtml(
        cleanContent(content, document, { headline, baseUrl: metadata.url, headingLevel: pageHeadingLevel }),
      ),
    ),
  );
  const body = edges.body;
  const opening = takeDateline(body);
  const stated = (kind: 'published' | 'updated') => edges.dates.find((mention) => mention.kind === kind)?.date ?? null;
  return {
    ...noFields(),
    headline,
    section: metadata.section,
    tags: metadata.tags,
    bylines:
      metadata.bylines.length > 0
        ? metadata.bylines
        : edges.bylines.length > 0
          ? edges.bylines
          : (readByline((main?.byline ?? '').trim()) ?? []),
    dateline: metadata.dateline ?? opening?.dateline ?? null,
    published: metadata.published ?? stated('published'),
    updated: metadata.updated ?? stated('updated'),
    body: opening?.body ?? body,
  };
}

/** Without Readability's choice: the page's only <article>, else its <main>, else its body. */
function mainColumn(document: Document): Node {
  const articles = elementsByTag(document, 'article');
  return (articles.length === 1 ? articles[0] : null) ?? elementsByTag(document, 'main')[0] ?? document.body;
}

/**
 * The page's bytes as far as its tags go: every character set a page may name writes them in
 * ASCII, except UTF-16, which announces itself with a byte order mark.
 */
function scannable(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return bytes.toString('latin1');
}
