// An article from imported fields: the page's dates kept beside the record for the reporter to
// adopt or clear (a day without a time stays a day), quotations marked, sources created, every field brought
// within the format's caps (see fit-format.ts), and the result checked against the article format
// so a bad file never becomes a bad article on disk; or, for the import worker, the article's file
// (article-file.ts), refused when it would be too large to open.
import { ArticleSchema, newArticle, Slug, type Article } from '../article/article';
import { slugify } from '../article/slug';
import type { NewId } from '../attribution/ids';
import { checkBody, emptyBody, type BodyJSON } from '../body/schema';
import type { PageDates, PageDateValue } from '../article/page-dates';
import { dayStart, formatDayOrInstant, isCalendarDay } from '../dates/days';
import { instantIn, wallTimeToInstant } from '../dates/zones';
import { articleBytes, refuseSurelyTooLarge } from './article-file';
import { fittedToFormat } from './fit-format';
import type { ImportedFields } from './imported';
import { speakerOffer } from '../quotes/calibration';
import { markQuotations, type OfferOf } from './mark-quotations';
import { dayOf, type PageDate } from './page-dates';
import { normalName } from '../attribution/sources';

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
  /** Which suggested speakers the import may settle; the measured calibration unless a caller chooses otherwise. */
  offerOf?: OfferOf;
}

/** A speaker the page itself names for its quotations is settled; any other waits for the measured calibration. */
function namedOnPage(names: readonly string[] | undefined): OfferOf | undefined {
  if (!names || names.length === 0) return undefined;
  const named = new Set(names.map(normalName));
  return (quotation) =>
    quotation.speaker !== null && named.has(normalName(quotation.speaker))
      ? 'one-click'
      : speakerOffer(quotation.speaker, quotation.confidence);
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
  const published = placeDate(fields.published, context.timeZone);
  const updated = placeDate(fields.updated, context.timeZone);
  const onRecord = fields.datesOnRecord === true;
  const pageDates = onRecord ? undefined : waitingDates(published, updated, context.origin);
  if (pageDates) notes.push(waitingNote(pageDates, context.timeZone));
  const marked = markQuotations(fields.body, [], context.newId, context.offerOf ?? namedOnPage(fields.namedSpeakers));
  if (marked.unattributed > 0) {
    notes.push(
      `${marked.unattributed} quotation${marked.unattributed === 1 ? ' has' : 's have'} no suggested speaker and ${marked.unattributed === 1 ? 'is' : 'are'} left unattributed.`,
    );
  }
  if (marked.toConfirm > 0) {
    notes.push(
      `${marked.toConfirm} quotation${marked.toConfirm === 1 ? ' has a suggested speaker' : 's have suggested speakers'} to confirm in the Quotes tab.`,
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
    publishedAt: onRecord ? recorded(published, context.timeZone) : null,
    updatedAt: onRecord ? recorded(updated, context.timeZone) : null,
    updates: fields.updates,
    ...(pageDates ? { pageDates } : {}),
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

/**
 * A page's date as the article keeps it: the instant it stated, a clock reading placed in the
 * newsroom's zone (or in UTC when the page said GMT or UTC), or the day alone when the page gave
 * no time of day: "Last Updated On: February 18, 2021" is a day, not midnight.
 */
function placeDate(date: PageDate | null, timeZone: string): PageDateValue | null {
  if (date === null) return null;
  if (date.kind === 'instant') return date.instant;
  const { wall, utc } = date;
  if (wall.hour === undefined) return dayOf(wall);
  return utc ? instantIn(timeZone, wallTimeToInstant(wall, 'UTC')) : wallTimeToInstant(wall, timeZone);
}

/** A date going back on the record (Byline's own export) is an instant: a day is its start. */
function recorded(date: PageDateValue | null, timeZone: string): string | null {
  return date !== null && isCalendarDay(date) ? dayStart(date, timeZone) : date;
}

/** A page's dates wait beside the record until a reporter adopts or clears them. */
function waitingDates(
  published: PageDateValue | null,
  updated: PageDateValue | null,
  from: string,
): PageDates | undefined {
  if (published === null && updated === null) return undefined;
  const entry = (date: PageDateValue | null) => (date === null ? null : { date, settled: null });
  return { from, published: entry(published), updated: entry(updated) };
}

function waitingNote(pageDates: PageDates, timeZone: string): string {
  const named = (['published', 'updated'] as const)
    .flatMap((kind) => {
      const date = pageDates[kind]?.date;
      return date === undefined ? [] : [`${kind} ${formatDayOrInstant(date, 'long', timeZone)}`];
    })
    .join(', ');
  return `The page's dates (${named}) are not on the record: adopt or clear them in the Dates tab.`;
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
