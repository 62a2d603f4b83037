// Test helpers: article files with every kind of body block an export meets, in throwaway folders.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newArticle, type Article } from '../../../../core/article/article';
import { serializeArticle } from '../../../../core/article/serialize';
import type { BodyJSON } from '../../../../core/body/schema';

export function tempFolder(prefix = 'byline-export-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

const text = (value: string, marks?: BodyJSON['marks']): BodyJSON => ({
  type: 'text',
  text: value,
  ...(marks ? { marks } : {}),
});
const paragraph = (...content: BodyJSON[]): BodyJSON => ({ type: 'paragraph', content });

/** A body with a subhead, a link, bold, a list, a block quotation and a pull quote. */
export function storyBody(lead: string): BodyJSON {
  return {
    type: 'doc',
    content: [
      paragraph(text(lead)),
      { type: 'heading', attrs: { level: 2 }, content: [text('What happens next')] },
      paragraph(
        text('The council '),
        text('will vote', [{ type: 'bold' }]),
        text(' on the '),
        text('plan', [{ type: 'link', attrs: { href: 'https://example.org/plan' } }]),
        text('.'),
      ),
      {
        type: 'bulletList',
        content: [
          { type: 'listItem', content: [paragraph(text('Ferries stay in port'))] },
          { type: 'listItem', content: [paragraph(text('Schools close early'))] },
        ],
      },
      { type: 'blockquote', content: [paragraph(text('“We are ready,” the mayor said.'))] },
      {
        type: 'pullQuote',
        content: [
          { type: 'pullQuoteText', content: [text('We are ready')] },
          { type: 'pullQuoteAttribution', content: [text('The mayor')] },
        ],
      },
    ],
  };
}

export interface StorySpec {
  slug: string;
  headline: string;
  /** Written as this file name; default `<slug>.byline.json`. */
  file?: string;
  fields?: Partial<Article>;
}

export function storyArticle({ slug, headline, fields = {} }: StorySpec): Article {
  const article = newArticle({
    id: `story-${slug}`.slice(0, 64).padEnd(8, '0'),
    slug,
    headline,
    now: '2025-03-04T09:30:00.000Z',
  });
  return {
    ...article,
    bylines: [{ name: 'Amina Rahim', role: 'Staff reporter' }],
    body: storyBody(`${headline}: the first paragraph.`),
    ...fields,
  };
}

/** Writes the article file and returns its path. */
export function writeStory(folder: string, spec: StorySpec): string {
  const path = join(folder, spec.file ?? `${spec.slug}.byline.json`);
  writeFileSync(path, serializeArticle(storyArticle(spec)));
  return path;
}

/** `count` stories named story-01, story-02… in name order. */
export function writeStories(folder: string, count: number): string[] {
  return Array.from({ length: count }, (_, n) => {
    const number = String(n + 1).padStart(2, '0');
    return writeStory(folder, { slug: `story-${number}`, headline: `Story number ${number} from the harbour` });
  });
}

/** The folder's names, sorted: what a reader of the export folder would see. */
export function namesIn(folder: string): string[] {
  return readdirSync(folder).sort();
}
