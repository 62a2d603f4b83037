// What changed in the fields around the words between two versions of an article, one by one,
// attribution included (who each quotation is put to), for the History panel.
import type { Article } from '../article/article';
import type { BodyJSON } from '../body/schema';
import type { FieldChange } from './diff';

/** The fields a reader sees, as text a person compares at a glance. */
const FIELDS: Array<[string, (article: Article) => string]> = [
  ['kicker', (article) => article.kicker],
  ['headline', (article) => article.headline],
  ['deck', (article) => article.deck],
  ['section', (article) => article.section],
  ['bylines', (article) => article.bylines.map((b) => (b.role ? `${b.name} (${b.role})` : b.name)).join('; ')],
  [
    'dateline',
    (article) =>
      article.dateline
        ? article.dateline.place + (article.dateline.timeZone ? ` (${article.dateline.timeZone})` : '')
        : '',
  ],
  ['tags', (article) => article.tags.join(', ')],
];

/**
 * Every field that differs, in the order the article shows them: the headline fields, then each
 * source added, removed or renamed (`sources`), then each quotation put to another source, or
 * added or removed with its attribution (`attribution`).
 */
export function diffFields(a: Article, b: Article): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [field, show] of FIELDS) {
    const before = show(a);
    const after = show(b);
    if (before !== after) changes.push({ field, before, after });
  }
  changes.push(...sourceChanges(a, b), ...attributionChanges(a, b));
  return changes;
}

function describeSource(source: Article['sources'][number]): string {
  return [source.name, source.title, source.organisation].filter((part) => part.trim() !== '').join(', ');
}

function sourceChanges(a: Article, b: Article): FieldChange[] {
  const before = new Map(a.sources.map((source) => [source.id, describeSource(source)]));
  const after = new Map(b.sources.map((source) => [source.id, describeSource(source)]));
  const changes: FieldChange[] = [];
  for (const id of new Set([...before.keys(), ...after.keys()])) {
    const was = before.get(id) ?? '';
    const is = after.get(id) ?? '';
    if (was !== is) changes.push({ field: 'sources', before: was, after: is });
  }
  return changes;
}

interface Quotation {
  text: string;
  sourceId: string | null;
}

/** Each quotation of the body by quote id: its words (all its pieces) and the source it is put to. */
function quotations(body: BodyJSON): Map<string, Quotation> {
  const found = new Map<string, Quotation>();
  const walk = (node: BodyJSON) => {
    if (node.type === 'text') {
      const mark = node.marks?.find((m) => m.type === 'quote');
      const quoteId = mark?.attrs?.['quoteId'];
      if (typeof quoteId === 'string') {
        const sourceId = mark?.attrs?.['sourceId'];
        const seen = found.get(quoteId);
        found.set(quoteId, {
          text: (seen?.text ?? '') + (node.text ?? ''),
          sourceId: typeof sourceId === 'string' ? sourceId : (seen?.sourceId ?? null),
        });
      }
    }
    for (const child of node.content ?? []) walk(child);
  };
  walk(body);
  return found;
}

// The quoted words carry their own quotation marks, as the reporter typed them.
const QUOTED_WORDS = 60;

function describeAttribution(quotation: Quotation | undefined, article: Article): string {
  if (!quotation) return '';
  const words =
    quotation.text.length > QUOTED_WORDS ? `${quotation.text.slice(0, QUOTED_WORDS).trimEnd()}…` : quotation.text;
  const source = article.sources.find((s) => s.id === quotation.sourceId);
  return `${words} — ${source ? source.name || 'an unnamed source' : 'unattributed'}`;
}

function attributionChanges(a: Article, b: Article): FieldChange[] {
  const before = quotations(a.body);
  const after = quotations(b.body);
  const changes: FieldChange[] = [];
  for (const id of new Set([...before.keys(), ...after.keys()])) {
    const was = before.get(id);
    const is = after.get(id);
    // Words changed inside a quotation show in the body's diff; here only who it is put to.
    if (was && is && was.sourceId === is.sourceId) continue;
    changes.push({ field: 'attribution', before: describeAttribution(was, a), after: describeAttribution(is, b) });
  }
  return changes;
}
