// The article as an IPTC ninjs 2.0 news item, for publishing systems that ingest JSON.
// Only what readers may see goes in: the internal note, the stamp record and every source
// field but name and role stay out.
import type { Article } from '../article/article';
import { instantIn } from '../dates/zones';
import type { PageFacts } from './json-ld';

export const NINJS_SCHEMA = 'http://www.iptc.org/std/ninjs/ninjs-schema_2.0.json';

type NinjsFields = Pick<
  Article,
  | 'id'
  | 'slug'
  | 'status'
  | 'kicker'
  | 'section'
  | 'headline'
  | 'deck'
  | 'bylines'
  | 'dateline'
  | 'tags'
  | 'createdAt'
  | 'savedAt'
  | 'publishedAt'
  | 'updatedAt'
  | 'embargoUntil'
  | 'updates'
  | 'sources'
>;

export interface NinjsBody {
  /** The body and the updates notice as HTML, as "Copy as HTML" gives them without the header. */
  html: string;
  wordCount: number;
}

export function ninjsItem(
  article: NinjsFields,
  body: NinjsBody,
  facts: PageFacts,
  timeZone: string,
): Record<string, unknown> {
  const at = (instant: string) => instantIn(timeZone, instant);
  const item: Record<string, unknown> = {
    // The id survives renames; the slug and so the public address do not.
    uri: `urn:byline:article:${article.id}`,
    standard: { name: 'ninjs', version: '2.0', schema: NINJS_SCHEMA },
    type: 'text',
    representationtype: 'full',
    // Each stamped update is a new version of the story readers saw.
    version: String(article.updates.length + 1),
    firstcreated: at(article.publishedAt ?? article.createdAt),
    versioncreated: at(article.updatedAt ?? article.publishedAt ?? article.savedAt),
    pubstatus: article.status === 'published' ? 'usable' : 'withheld',
    language: facts.language,
    headlines: [{ role: 'main', value: article.headline }],
    slugline: article.slug,
    bodies: [{ role: 'main', contenttype: 'text/html', wordcount: body.wordCount, value: body.html }],
  };
  if (article.embargoUntil !== null) item.embargoed = at(article.embargoUntil);
  if (article.kicker !== '') (item.headlines as unknown[]).push({ role: 'kicker', value: article.kicker });
  if (article.deck !== '') item.descriptions = [{ role: 'summary', value: article.deck }];
  const by = article.bylines
    .filter(({ name }) => name !== '')
    .map(({ name, role }) => (role ? `${name}, ${role}` : name));
  if (by.length > 0) item.by = by.join('; ');
  if (article.dateline && article.dateline.place !== '') item.located = article.dateline.place;
  const subjects = [
    ...(article.section === '' ? [] : [{ name: article.section, rel: 'section' }]),
    ...article.tags.map((name) => ({ name, rel: 'keyword' })),
  ];
  if (subjects.length > 0) item.subjects = subjects;
  // A source's title is its role in the story ("NATO Secretary General"); nothing else of it leaves.
  const infosources = article.sources
    .filter(({ name }) => name !== '')
    .map(({ name, title }) => (title === '' ? { name } : { name, role: title }));
  if (infosources.length > 0) item.infosources = infosources;
  if (facts.canonical !== null) item.altids = [{ role: 'canonical-url', value: facts.canonical }];
  return item;
}
