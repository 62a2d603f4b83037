// A Word .docx file: mammoth turns it into plain semantic HTML, then it takes the same cleaning
// and schema parsing as a web page. The document title (or, without one, its first heading)
// becomes the headline and leaves the body; a subtitle becomes the deck.
import { JSDOM } from 'jsdom';
import mammoth from 'mammoth';
import { takeDateline } from '../../../core/import/dateline';
import { noFields, type ImportedFields } from '../../../core/import/imported';
import { cleanContent } from './clean-html';
import { bodyFromHtml } from './html-body';

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

/** The converted HTML; a file that is not a readable .docx throws with a reason a reporter can act on. */
async function docxHtml(bytes: Buffer): Promise<string> {
  try {
    const converted = await mammoth.convertToHtml({ buffer: bytes }, { styleMap: STYLE_MAP, convertImage: NO_IMAGES });
    return converted.value;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`it is not a Word document Byline can read (.docx): ${reason}`);
  }
}

export async function readDocx(bytes: Buffer): Promise<ImportedFields> {
  const dom = new JSDOM(`<!doctype html><body>${await docxHtml(bytes)}</body>`);
  try {
    const { document } = dom.window;
    const root = document.body;
    const title = root.querySelector('h1.document-title') ?? root.querySelector('h1, h2, h3, h4, h5, h6');
    const subtitle = root.querySelector('p.document-subtitle');
    const headline = (title?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const deck = (subtitle?.textContent ?? '').replace(/\s+/g, ' ').trim();
    title?.remove();
    subtitle?.remove();
    // The highest heading left becomes a level-2 subhead, and the ones under it follow.
    const levels = [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((heading) => Number(heading.tagName.slice(1)));
    const top = levels.length > 0 ? Math.min(...levels) : 2;
    const body = bodyFromHtml(cleanContent(root, document, { headline, baseUrl: null, headingLevel: (level) => level - top + 2 }));
    const opening = takeDateline(body);
    return { ...noFields(), headline, deck, dateline: opening?.dateline ?? null, body: opening?.body ?? body };
  } finally {
    dom.window.close();
  }
}
