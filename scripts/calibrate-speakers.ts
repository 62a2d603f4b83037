// `npm run eval:calibration`: how far each kind of speaker cue and each confidence band can be
// trusted, per split of the quote evaluation set (tests/quotes-eval). For every quotation found
// with its exact span: right, wrong (another speaker, or one where the text names no one) or none.
// The one-click bound in core/quotes/calibration.ts is read off the held-out rows: a band offers
// one click only where at most 2 % of its speakers were wrong. An evaluation: always exits 0.
import { readFileSync } from 'node:fs';
import { speakerOffer, type SpeakerOffer } from '../core/quotes/calibration';
import { detectQuotations } from '../core/quotes/detect';
import { plainTextParagraphs } from '../core/quotes/plain-text';
import { CATALOG_PATH, goldPath, passagePath } from '../tests/quotes-eval/files';
import type { CatalogEntry, GoldQuotation } from '../tests/quotes-eval/passage';

type Verdict = 'right' | 'wrong' | 'none';
interface Row {
  count: number;
  right: number;
  wrong: number;
  none: number;
  /** Of the wrong: the right person or body under a name cut or padded ("Kovačević", "Administrator David Okonkwo"). */
  misnamed: number;
}

const words = (name: string) =>
  new Set(
    name
      .toLowerCase()
      .split(/[\s’'-]+/u)
      .filter((word) => word.length > 2),
  );
/** Whether two names share a word: the same speaker named imperfectly, not someone else. */
const samePerson = (found: string, wanted: string) => [...words(found)].some((word) => words(wanted).has(word));

const BANDS = [0, 0.5, 0.7, 0.8, 0.9] as const;
const bandOf = (confidence: number): string => {
  const from = [...BANDS].reverse().find((bound) => confidence >= bound) ?? 0;
  const next = BANDS[BANDS.indexOf(from) + 1];
  return next === undefined ? `>=${from}` : `${from}-${next}`;
};

function add(table: Map<string, Row>, key: string, verdict: Verdict, misnamed: boolean): void {
  const row = table.get(key) ?? { count: 0, right: 0, wrong: 0, none: 0, misnamed: 0 };
  row.count += 1;
  row[verdict] += 1;
  if (misnamed) row.misnamed += 1;
  table.set(key, row);
}

const percent = (part: number, whole: number) =>
  whole === 0 ? '    -' : `${((100 * part) / whole).toFixed(1)}%`.padStart(6);

function print(title: string, table: Map<string, Row>): void {
  console.log(`  ${title.padEnd(20)} count   right   wrong    none  (misnamed)`);
  for (const [key, row] of [...table].sort(([a], [b]) => a.localeCompare(b))) {
    const cells = [row.right, row.wrong, row.none, row.misnamed].map((part) => percent(part, row.count).padStart(7));
    console.log(
      `  ${key.padEnd(20)} ${String(row.count).padStart(5)} ${cells.join(' ')}   (${row.right}/${row.wrong}/${row.none})`,
    );
  }
}

const catalog = JSON.parse(readFileSync(CATALOG_PATH, 'utf8')) as CatalogEntry[];
for (const split of ['tune', 'heldout'] as const) {
  const byCue = new Map<string, Row>();
  const byBand = new Map<string, Row>();
  const byOffer = new Map<SpeakerOffer, Row>();
  for (const entry of catalog.filter((passage) => passage.split === split)) {
    const text = readFileSync(passagePath(entry.name), 'utf8');
    const gold = JSON.parse(readFileSync(goldPath(entry.name), 'utf8')) as GoldQuotation[];
    for (const found of detectQuotations(plainTextParagraphs(text), text)) {
      const wanted = gold.find((quotation) => quotation.start === found.start && quotation.end === found.end);
      if (!wanted) continue;
      const verdict: Verdict = found.speaker === null ? 'none' : found.speaker === wanted.speaker ? 'right' : 'wrong';
      const misnamed =
        verdict === 'wrong' &&
        wanted.speaker !== null &&
        found.speaker !== null &&
        samePerson(found.speaker, wanted.speaker);
      add(byCue, found.cue?.kind ?? '(no speaker)', verdict, misnamed);
      add(byBand, bandOf(found.confidence), verdict, misnamed);
      add(byOffer, speakerOffer(found.speaker, found.confidence), verdict, misnamed);
    }
  }
  console.log(`\nsplit: ${split}`);
  print('cue', byCue);
  print('confidence', byBand);
  print('offer', byOffer as Map<string, Row>);
}
