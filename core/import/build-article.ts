// An article from imported fields: dates placed in the newsroom's zone (and a note for the desk
// when a page gave a day without a time), quotations marked, sources created, every field brought
// within the format's caps (see fit-format.ts), and the result checked against the article format
// so a bad file never becomes a bad article on disk; or, for the import worker, the article's file
// (article-file.ts), refused when it would be too large to open.
import { ArticleSchema, newArticle, Slug, type Article } from '../article/article';
import { slugify } from '../article/slug';
import type { NewId } from '../attribution/ids';
import { checkBody, emptyBody, type BodyJSON } from '../body/schema';
import { instantIn, wallTimeToInstant } from '../dates/zones';
import { articleBytes, refuseSurelyTooLarge } from './article-file';
import { fittedToFormat } from './fit-format';
import type { ImportedFields } from './imported';
import { markQuotations } from './mark-quotations';
import { dayOf, type PageDate } from './page-dates';

export interface ImportContext {
  /** The new article's id. */
  id: string;
  /** Now, as an ISO instant: the article's createdAt and savedAt. */
  now: string;
  /** The newsroom's zone: a page's local dates and times are read in it. */
  timeZone: string;
  /** Ids for the quotes and sources the import creates. */
  newId: NewId;
  /** What was imported, for the note to editors ("stoltenberg.txt, web page text"). */
  origin: string;
}

export function articleFromImport(fields: ImportedFields, context: ImportContext): Article {
  const article = fieldsChecked(fields, context);
  bodyChecked(article.body);
  return article;
}

/**
 * The article and its file's bytes. A file too large to open is refused (an Error ending the
 * import's sentence) as soon as its size is known: before the quotations are marked when the text
 * alone is too much, and before the body is checked (the slower step) once it is serialized.
 */
export function articleFileFromImport(
  fields: ImportedFields,
  context: ImportContext,
): { article: Article; bytes: Uint8Array } {
  refuseSurelyTooLarge(fields.body);
  const article = fieldsChecked(fields, context);
  const bytes = articleBytes(article);
  bodyChecked(article.body);
  return { article, bytes };
}

/** The article with every field but the body checked against the format. */
function fieldsChecked(fields: ImportedFields, context: ImportContext): Article {
  const notes = [`Imported from ${context.origin}.`];
  const published = placeDate(fields.published, 'published', context.timeZone, notes);
  const updated = placeDate(fields.updated, 'updated', context.timeZone, notes);
  const marked = markQuotations(fields.body, [], context.newId);
  if (marked.unattributed > 0) {
    notes.push(
      `${marked.unattributed} quotation${marked.unattributed === 1 ? ' has' : 's have'} no suggested speaker and ${marked.unattributed === 1 ? 'is' : 'are'} left unattributed.`,
    );
  }
  // Readers trim what they find on a page; Byline's own export is taken exactly as it was written.
  const { headline } = fields;
  const article: Article = {
    ...newArticle({ id: context.id, slug: slugFor(headline), headline, now: context.now }),
    kicker: fields.kicker,
    section: fields.section,
    deck: fields.deck,
    bylines: fields.bylines,
    dateline: fields.dateline,
    tags: [...new Set(fields.tags.filter((tag) => tag !== ''))],
    publishedAt: published,
    updatedAt: updated,
    updates: fields.updates,
    internalNote: '',
    sources: marked.sources,
    body: marked.body,
  };
  const fitted = fittedToFormat(article);
  // The note says what was cut; a note itself too long for its field is cut like any other.
  return headerChecked(
    fittedToFormat({ ...fitted.article, internalNote: [...notes, ...fitted.notes].join('\n') }).article,
  );
}

/** The headline's slug; one the format would refuse (a long word cut mid-character) is "untitled". */
function slugFor(headline: string): string {
  const slug = slugify(headline);
  return Slug.safeParse(slug).success ? slug : 'untitled';
}

function placeDate(date: PageDate | null, label: string, timeZone: string, notes: string[]): string | null {
  if (date === null) return null;
  if (date.kind === 'instant') return date.instant;
  const { wall, utc } = date;
  // A time the page gave in GMT or UTC is that instant, written with the newsroom's offset.
  const instant = utc ? instantIn(timeZone, wallTimeToInstant(wall, 'UTC')) : wallTimeToInstant(wall, timeZone);
  if (wall.hour === undefined) {
    notes.push(
      `The ${label} date on the page (${dayOf(wall)}) has no time of day: the start of that day in ${timeZone} was used.`,
    );
  }
  return instant;
}

// The body is checked once, against the body schema, which is stricter than the file format's
// outline of it: checking it twice would cost a copy of it.
function headerChecked(article: Article): Article {
  const parsed = ArticleSchema.safeParse({ ...article, body: emptyBody() });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'article';
    throw new Error(`The imported article does not fit the article format (${where}: ${issue?.message ?? 'invalid'}).`);
  }
  return { ...parsed.data, body: article.body };
}

function bodyChecked(body: BodyJSON): void {
  const checked = checkBody(body);
  if (!checked.ok) throw new Error(`The imported body holds content Byline cannot keep (${checked.message}).`);
}
