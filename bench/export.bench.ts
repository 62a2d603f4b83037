// The export benchmark (bench/README.md, "Export"): 1,000 generated articles of 300 to
// 3,000 words exported file to file (read, render, write atomically) by the batch export, against
// the same loop rendering each body with @tiptap/html's generateHTML, alternating, in one run.
// Heap is sampled over our batches to show that memory stays flat. The last line is the JSON summary.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { generateHTML } from '@tiptap/html';
import { newArticle, type Article } from '../core/article/article';
import { readArticle } from '../core/article/read';
import { serializeArticle } from '../core/article/serialize';
import { bodyExtensions } from '../core/body/extensions';
import type { BodyJSON } from '../core/body/schema';
import { escapeText } from '../core/export/escape';
import { createExporter } from '../core/export/exporter';
import { defaultSettings } from '../core/settings/settings';
import { exportBatch } from '../electron/library/export/batch-export';
import { runExportPipeline, WRITES_IN_FLIGHT } from '../electron/library/export/export-pipeline';
import { libraryArticleFiles } from '../electron/library/export/library-articles';
import { nodeFileSystem } from '../electron/library/file-system';
import { vocabulary } from './library-generate';
import { seeded } from './seeded';

const ARTICLES = Number(process.env.BYLINE_BENCH_ARTICLES ?? 1000);
const ROUNDS = Number(process.env.BYLINE_BENCH_ROUNDS ?? 3);
const settings = {
  ...defaultSettings('America/New_York'),
  newsroomName: 'The Harbour Courier',
  baseUrl: 'https://news.example.org/',
};

const PEOPLE = ['Amina Rahim', 'Jens Stoltenberg', 'Ann Fox', 'Tom Reed', 'Lucia Moreno', 'Omar Haddad', 'Mei Tanaka'];
const TITLES = ['the mayor', 'a council spokeswoman', 'the fire chief', 'the health minister', 'the union leader'];
const PLACES = ['KABUL', 'BRUSSELS', 'LAGOS', 'LIMA', 'OSLO', 'MANILA'];
const SECTIONS = ['News', 'Politics', 'Business', 'World'];

interface Writer {
  next: () => number;
  words: string[];
}

const pickFrom = <T>({ next }: Writer, items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
const word = (writer: Writer) => writer.words[Math.floor(writer.words.length * writer.next() ** 3)] as string;
const text = (value: string, marks?: BodyJSON['marks']): BodyJSON => ({
  type: 'text',
  text: value,
  ...(marks ? { marks } : {}),
});

function sentence(writer: Writer, length = 8 + Math.floor(writer.next() * 18)): string {
  const parts = Array.from({ length }, () => word(writer));
  const line = parts.join(' ');
  return line.charAt(0).toUpperCase() + line.slice(1) + '.';
}

/** A news paragraph: sentences, sometimes a quotation with its speaker, a link or emphasis. */
function paragraph(writer: Writer): { node: BodyJSON; words: number } {
  const sentences = Array.from({ length: 2 + Math.floor(writer.next() * 4) }, () => sentence(writer));
  const content: BodyJSON[] = [text(sentences.join(' ') + ' ')];
  const roll = writer.next();
  if (roll < 0.35)
    content.push(
      text(`“${sentence(writer, 10).slice(0, -1)},” said ${pickFrom(writer, PEOPLE)}, ${pickFrom(writer, TITLES)}.`),
    );
  else if (roll < 0.55)
    content.push(
      text('According to '),
      text(`the ${word(writer)} report`, [{ type: 'link', attrs: { href: `https://example.org/${word(writer)}` } }]),
      text('.'),
    );
  else if (roll < 0.7) content.push(text(sentence(writer, 6), [{ type: writer.next() < 0.5 ? 'bold' : 'italic' }]));
  const words = content.reduce((sum, node) => sum + (node.text ?? '').split(' ').length, 0);
  return { node: { type: 'paragraph', content }, words };
}

function listOf(writer: Writer): BodyJSON {
  const items = Array.from({ length: 3 + Math.floor(writer.next() * 4) }, () => ({
    type: 'listItem',
    content: [{ type: 'paragraph', content: [text(sentence(writer, 7))] }],
  }));
  return { type: writer.next() < 0.7 ? 'bulletList' : 'orderedList', content: items };
}

/** Article `n`: 300 to 3,000 words with subheads, lists, block quotations, pull quotes and links. */
function generate(n: number, words: string[]): Article {
  const writer: Writer = { next: seeded(5000 + n), words };
  const headline = sentence(writer, 6 + Math.floor(writer.next() * 7)).slice(0, -1);
  const target = 300 + Math.floor(writer.next() * 2700);
  const content: BodyJSON[] = [];
  for (let written = 0; written < target;) {
    const { node, words: count } = paragraph(writer);
    content.push(node);
    written += count;
    const roll = writer.next();
    if (roll < 0.08)
      content.push({
        type: 'heading',
        attrs: { level: 2 + Math.floor(writer.next() * 2) },
        content: [text(sentence(writer, 5).slice(0, -1))],
      });
    else if (roll < 0.12) content.push(listOf(writer));
    else if (roll < 0.15)
      content.push({ type: 'blockquote', content: [{ type: 'paragraph', content: [text(sentence(writer))] }] });
    else if (roll < 0.17) {
      const quote = [
        { type: 'pullQuoteText', content: [text(sentence(writer, 9))] },
        { type: 'pullQuoteAttribution', content: [text(pickFrom(writer, PEOPLE))] },
      ];
      content.push({ type: 'pullQuote', content: quote });
    }
  }
  const at = `2025-03-${String(1 + (n % 28)).padStart(2, '0')}T${String(6 + (n % 12)).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}:00.000Z`;
  const article = newArticle({ id: `export-${String(n).padStart(6, '0')}`, slug: `story-${n}`, headline, now: at });
  return {
    ...article,
    kicker: pickFrom(writer, ['Breaking', 'Analysis', '']),
    section: pickFrom(writer, SECTIONS),
    deck: sentence(writer, 20),
    bylines: [{ name: pickFrom(writer, PEOPLE), role: 'Staff reporter' }],
    dateline: { place: pickFrom(writer, PLACES), timeZone: null },
    tags: [word(writer), word(writer)],
    publishedAt: at,
    internalNote: 'Check the figures with the desk.',
    body: { type: 'doc', content },
  };
}

const round = (ms: number) => Math.round(ms);
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return Number.isInteger(middle)
    ? ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
    : (sorted[Math.floor(middle)] as number);
};
const heapUsed = () => getHeapStatistics().used_heap_size;

/** Our loop: the batch export as the app and `export-all` run it. */
async function ours(files: string[], outDir: string): Promise<{ ms: number; heap: number[] }> {
  const heap = [heapUsed()];
  const start = performance.now();
  const result = await exportBatch({
    files,
    outDir,
    settings,
    onProgress: ({ done, total }) => {
      if (done === Math.floor(total / 2) || done === total) heap.push(heapUsed());
    },
  });
  const ms = performance.now() - start;
  if (result.exported.length !== files.length)
    throw new Error(`only ${result.exported.length} of ${files.length} exported: ${JSON.stringify(result.failed[0])}`);
  return { ms, heap };
}

/** The baseline: the same loop (read, check, names, atomic writes in flight), each body rendered by generateHTML. */
async function baseline(files: string[], outDir: string): Promise<number> {
  const extensions = bodyExtensions();
  const start = performance.now();
  const result = await runExportPipeline({
    files,
    outDir,
    newsroomName: settings.newsroomName,
    fs: nodeFileSystem,
    render: (article) => {
      const headline = escapeText(article.headline);
      const body = generateHTML(article.body, extensions);
      const html = `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${headline}</title>\n</head>\n<body>\n<article>\n<h1>${headline}</h1>\n${body}\n</article>\n</body>\n</html>\n`;
      return { html, ninjs: null };
    },
  });
  if (result.exported.length !== files.length)
    throw new Error(`baseline: only ${result.exported.length} of ${files.length} exported`);
  return performance.now() - start;
}

/** Rendering alone, without the disk: where the time of each loop goes. */
function renderOnly(files: string[]): { oursMs: number; baselineMs: number } {
  const exporter = createExporter(settings);
  const extensions = bodyExtensions();
  let oursMs = 0;
  let baselineMs = 0;
  for (const file of files) {
    const read = readArticle(readFileSync(file));
    if (!read.ok) throw new Error(`${file}: ${read.problem.message}`);
    let start = performance.now();
    exporter.document(read.article);
    oursMs += performance.now() - start;
    start = performance.now();
    generateHTML(read.article.body, extensions);
    baselineMs += performance.now() - start;
  }
  return { oursMs, baselineMs };
}

// BYLINE_BENCH_EXPORT_LIBRARY=DIR keeps the generated articles there and reuses them on the next run.
const kept = process.env.BYLINE_BENCH_EXPORT_LIBRARY;
const library = kept ?? mkdtempSync(join(tmpdir(), 'byline-bench-export-'));
const outputs = mkdtempSync(join(tmpdir(), 'byline-bench-export-out-'));
try {
  mkdirSync(library, { recursive: true });
  let files = await libraryArticleFiles(library);
  if (files.length !== ARTICLES) {
    const words = vocabulary();
    for (let n = 0; n < ARTICLES; n++)
      writeFileSync(join(library, `story-${n}.byline.json`), serializeArticle(generate(n, words)));
    files = await libraryArticleFiles(library);
  }
  const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
  console.log(`${files.length} generated articles of 300–3,000 words (${megabytes(bytes)}) in ${library}`);

  const ourMs: number[] = [];
  const baselineMs: number[] = [];
  const heaps: number[][] = [];
  for (let r = 1; r <= ROUNDS; r++) {
    // Alternate which goes first, so neither always runs on a warmer (or busier) machine.
    if (r % 2 === 0) baselineMs.push(await baseline(files, join(outputs, `baseline-${r}`)));
    const run = await ours(files, join(outputs, `ours-${r}`));
    ourMs.push(run.ms);
    heaps.push(run.heap);
    if (r % 2 === 1) baselineMs.push(await baseline(files, join(outputs, `baseline-${r}`)));
    const written = readdirSync(join(outputs, `ours-${r}`)).length;
    console.log(
      `round ${r}: batch export ${round(run.ms)} ms (${written} files), generateHTML loop ${round(baselineMs.at(-1)!)} ms; heap at start / middle / end of our batch ${run.heap.map(megabytes).join(' / ')}`,
    );
    rmSync(join(outputs, `ours-${r}`), { recursive: true });
    rmSync(join(outputs, `baseline-${r}`), { recursive: true });
  }
  const exportMs = median(ourMs);
  const baseMs = median(baselineMs);
  const ratio = exportMs / baseMs;
  const growth = Math.max(...heaps.map((heap) => heap.at(-1)! - heap[0]!));
  console.log(
    `median over ${ROUNDS} rounds: batch export ${round(exportMs)} ms, generateHTML loop ${round(baseMs)} ms, ratio ${ratio.toFixed(3)} (target ≤ 0.2)`,
  );
  console.log(
    `heap growth over a batch, largest: ${megabytes(growth)} (flat: at most ${WRITES_IN_FLIGHT} pages wait for the disk, none are kept)`,
  );
  const render = renderOnly(files);
  console.log(
    `render only, files read beforehand one at a time: exporter ${round(render.oursMs)} ms, generateHTML ${round(render.baselineMs)} ms, ratio ${(render.oursMs / render.baselineMs).toFixed(3)}`,
  );
  const load = loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');
  console.log(
    `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, load average ${load}, Node ${process.version}, TipTap 3.31.3`,
  );
  console.log(
    JSON.stringify({
      articles: files.length,
      exportMs: round(exportMs),
      baselineMs: round(baseMs),
      ratio: Math.round(ratio * 1000) / 1000,
    }),
  );
} finally {
  if (kept === undefined) rmSync(library, { recursive: true, force: true });
  rmSync(outputs, { recursive: true, force: true });
}
