// A Word .docx file: mammoth turns it into plain semantic HTML, reading the archive through
// word-archive.ts so what it unpacks stays within limits, then it takes the same cleaning and
// schema parsing as a web page. The document title (or, without one, its first heading) becomes
// the headline and leaves the body; a subtitle becomes the deck.
import { JSDOM } from 'jsdom';
import mammoth from 'mammoth';
import { takeDateline } from '../../../core/import/dateline';
import { noFields, type ImportedFields } from '../../../core/import/imported';
import { cleanContent } from './clean-html';
import { bodyFromHtml } from './html-body';
import { htmlShape } from './markup-shape';
import { ImportRefusal } from './refusal';
import { refuseUnfitMarkup } from './unfit-markup';
import { openWordArchive, type WordArchive } from './word-archive';

// Word's Title and Subtitle styles carry classes so they can be told from headings and paragraphs;
// they are matched by name and by id, since files from other writers may define only the id.
const STYLE_MAP = [
  "p[style-name='Title'] => h1.document-title:fresh",
  'p.Title => h1.document-title:fresh',
  "p[style-name='Subtitle'] => p.document-subtitle:fresh",
  'p.Subtitle => p.document-subtitle:fresh',
];
// Pictures are not part of an article body; converting them would only cost memory.
const NO_IMAGES = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

/** mammoth's own input for an archive it does not open itself (lib/unzip.js); its type declarations leave it out. */
type ArchiveInput = { file: WordArchive };

/** The converted HTML; a file that is not a readable .docx throws with a reason a reporter can act on. */
async function docxHtml(bytes: Buffer): Promise<string> {
  try {
    const input: ArchiveInput = { file: openWordArchive(bytes) };
    const converted = await mammoth.convertToHtml(input as unknown as { buffer: Buffer }, {
      styleMap: STYLE_MAP,
      convertImage: NO_IMAGES,
    });
    return converted.value;
  } catch (error) {
    if (error instanceof ImportRefusal) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`it is not a Word document Byline can read (.docx): ${reason}`);
  }
}

export async function readDocx(bytes: Buffer): Promise<ImportedFields> {
  // The window is never closed: closing it empties the document node by node, in time quadratic
  // in the paragraphs (48 s for 40,000). The import runs in a worker that ends with it.
  const html = await docxHtml(bytes);
  refuseUnfitMarkup(htmlShape(html), 'Word document');
  const { document } = new JSDOM(`<!doctype html><body>${html}</body>`).window;
  const root = document.body;
  // One walk over the page for every heading and the subtitle: a query each walks it again.
  const marked = [...root.querySelectorAll('h1, h2, h3, h4, h5, h6, p.document-subtitle')];
  const headings = marked.filter((element) => element.localName !== 'p');
  const title = headings.find((heading) => heading.matches('h1.document-title')) ?? headings[0];
  const subtitle = marked.find((element) => element.localName === 'p');
  const headline = (title?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const deck = (subtitle?.textContent ?? '').replace(/\s+/g, ' ').trim();
  title?.remove();
  subtitle?.remove();
  // The highest heading left becomes a level-2 subhead, and the ones under it follow.
  const top = headings
    .filter((heading) => heading !== title)
    .reduce((highest, heading) => Math.min(highest, Number(heading.tagName.slice(1))), 6);
  const body = bodyFromHtml(
    cleanContent(root, document, { headline, baseUrl: null, headingLevel: (level) => level - top + 2 }),
  );
  const opening = takeDateline(body);
  return { ...noFields(), headline, deck, dateline: opening?.dateline ?? null, body: opening?.body ?? body };
}
