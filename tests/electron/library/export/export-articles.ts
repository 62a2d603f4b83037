// Test helpers: article files with every kind of body block an export meets, in throwaway folders.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newArticle, type Article } from '../../../../core/article/article';
import { serializeArticle } from '../../../../core/article/serialize';
import { a, b, blockquote, doc, h, li, p, pullQuote, ul, type BodyJSON } from '../../../builders/body';

export function tempFolder(prefix = 'byline-export-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A body with a subhead, a link, bold, a list, a block quotation and a pull quote. */
export function storyBody(lead: string): BodyJSON {
  return doc(
    p(lead),
    h(2, 'What happens next'),
    p('The council ', b('will vote'), ' on the ', a('https://example.org/plan', 'plan'), '.'),
    ul(li(p('Ferries stay in port')), li(p('Schools close early'))),
    blockquote(p('“We are ready,” the mayor said.')),
    pullQuote('We are ready', 'The mayor'),
  );
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
