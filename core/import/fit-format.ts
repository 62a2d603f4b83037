// An imported article brought within every cap the article format sets, in one place: a page's
// 1,200-character og:title, a 6,000-character standfirst or 80 bylines must not cost the reporter
// the whole import. Text over its cap is cut at a word, with an ellipsis; a list over its cap
// keeps its first items. The caps are the format's own (ArticleSchema reports each field over
// one), so a cap changed there is followed here. Each cut is noted for the desk.
import { ArticleSchema, type Article } from '../article/article';
import { emptyBody, type BodyJSON } from '../body/schema';

export interface Fitted {
  article: Article;
  /** One sentence per field that was cut, for the internal note. */
  notes: string[];
}

type Path = readonly PropertyKey[];

// The body has no caps of its own here, and checking it field by field would cost a copy of it.
const withoutBody = (article: Article) => ({ ...article, body: emptyBody() });

export function fittedToFormat(article: Article): Fitted {
  const fitted = JSON.parse(JSON.stringify(withoutBody(article))) as Article;
  fitted.body = article.body;
  const notes: string[] = [];
  // Cutting a list can leave nothing more to cut in it; a second look finds nothing new.
  for (let look = 0; look < 2; look++) {
    const parsed = ArticleSchema.safeParse(withoutBody(fitted));
    if (parsed.success) break;
    for (const issue of parsed.error.issues) {
      if (issue.code !== 'too_big' || typeof issue.maximum !== 'number') continue;
      if (issue.origin === 'string') notes.push(cutText(fitted, issue.path, issue.maximum));
      if (issue.origin === 'array') notes.push(cutList(fitted, issue.path, issue.maximum));
    }
  }
  return { article: fitted, notes };
}

// How the desk names a list, and one of its items.
const WORDS: Record<string, [item: string, list: string]> = {
  bylines: ['byline', 'bylines'],
  tags: ['tag', 'tags'],
  updates: ['update', 'updates'],
  sources: ['source', 'sources'],
  internalNote: ['internal note', 'internal note'],
};

/** "headline", "bylines", "byline 3 name", "tag 4": a field as the desk names it. */
function named(path: Path): string {
  return path
    .map((part, i) => {
      if (typeof part === 'number') return String(part + 1);
      const words = WORDS[String(part)];
      return words ? words[typeof path[i + 1] === 'number' ? 0 : 1] : String(part);
    })
    .join(' ');
}

function parentOf(article: Article, path: Path): Record<PropertyKey, unknown> {
  let at: unknown = article;
  for (const part of path.slice(0, -1)) at = (at as Record<PropertyKey, unknown>)[part];
  return at as Record<PropertyKey, unknown>;
}

function cutText(article: Article, path: Path, maximum: number): string {
  const parent = parentOf(article, path);
  const key = path[path.length - 1]!;
  const text = String(parent[key]);
  parent[key] = clipped(text, maximum);
  return `The ${named(path)} was ${text.length.toLocaleString('en-US')} characters long, more than the ${maximum.toLocaleString('en-US')} an article keeps: it was cut at a word.`;
}

function cutList(article: Article, path: Path, maximum: number): string {
  const parent = parentOf(article, path);
  const key = path[path.length - 1]!;
  const list = parent[key] as unknown[];
  parent[key] = list.slice(0, maximum);
  const what = `Only the first ${maximum.toLocaleString('en-US')} ${named(path)} were kept (there were ${list.length.toLocaleString('en-US')})`;
  if (path.length !== 1 || key !== 'sources') return `${what}.`;
  // A quotation must never point at a source that is not in the list: the others' are left unattributed.
  const kept = new Set(article.sources.map((source) => source.id));
  article.body = withoutQuotesOutside(article.body, kept);
  return `${what}; the quotations of the others are left unattributed.`;
}

/** `text` cut to at most `maximum` characters at the last word that fits, with an ellipsis. */
export function clipped(text: string, maximum: number): string {
  if (text.length <= maximum) return text;
  let cut = text.slice(0, Math.max(0, maximum - 1));
  // Never half a character: a lone high surrogate is dropped.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  // Cut inside a word: back to the word's start, unless that loses more than half the text.
  const lastSpace = /\s/.test(text[cut.length] ?? '') ? -1 : cut.search(/\s\S*$/);
  if (lastSpace > maximum / 2) cut = cut.slice(0, lastSpace);
  return `${cut.trimEnd()}…`;
}

function withoutQuotesOutside(node: BodyJSON, sources: ReadonlySet<string>): BodyJSON {
  const copy: BodyJSON = { ...node };
  if (node.marks) {
    const marks = node.marks.filter((mark) => mark.type !== 'quote' || sources.has(String(mark.attrs?.sourceId)));
    if (marks.length > 0) copy.marks = marks;
    else delete copy.marks;
  }
  if (node.content) copy.content = node.content.map((child) => withoutQuotesOutside(child, sources));
  return copy;
}
