// Realistic article libraries for the library benchmark: seeded, so every run measures the same files.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { newArticle } from '../core/article/article';
import { serializeArticle } from '../core/article/serialize';
import type { BodyJSON } from '../core/body/schema';
import { seeded as random } from './seeded';

const COMMON = (
  'the of and to in a is that for it as was with be by on not he this are or his from at which but have an they you were ' +
  'her she there been one all we their has would when if so no will its who more out about up them some could than into ' +
  'said says told minister government council police city court report officials according president state year week ' +
  'people percent million billion election vote party members public health school water budget plan new first last ' +
  'tuesday monday wednesday thursday friday saturday sunday spokesperson statement investigation residents workers ' +
  'union strike market prices inflation energy climate flood storm hospital patients doctors teachers students judge ' +
  'ruling appeal lawsuit company chief executive shares profit losses bank rates housing rent mayor governor senator ' +
  'parliament treaty border talks ceasefire troops allies summit sanctions exports imports farmers harvest drought'
).split(' ');
const SYLLABLES =
  'ka lo mi ne ru sa te vi do ba ren tor mal ist ent ver ham burg stad ton ley ford wick mont ria ano'.split(' ');

/** A vocabulary with a long tail of names and rare words, drawn with a Zipf-like bias. */
export function vocabulary(size = 30_000): string[] {
  const next = random(7);
  const words = new Set(COMMON);
  while (words.size < size) {
    let word = '';
    const syllables = 2 + Math.floor(next() * 3);
    for (let s = 0; s < syllables; s++) word += SYLLABLES[Math.floor(next() * SYLLABLES.length)];
    words.add(word);
  }
  return [...words];
}

function pick(words: string[], next: () => number): string {
  return words[Math.floor(words.length * next() ** 3)] as string;
}

function sentence(words: string[], next: () => number): string {
  const length = 8 + Math.floor(next() * 18);
  const parts: string[] = [];
  for (let w = 0; w < length; w++) parts.push(pick(words, next));
  const text = parts.join(' ');
  return text[0]?.toUpperCase() + text.slice(1) + '.';
}

function paragraph(words: string[], next: () => number, budget: number): { node: BodyJSON; words: number } {
  const sentences: string[] = [];
  let count = 0;
  while (count < Math.min(budget, 40 + next() * 80)) {
    const text = sentence(words, next);
    sentences.push(text);
    count += text.split(' ').length;
  }
  const text = sentences.join(' ');
  if (next() < 0.3) {
    const cut = text.indexOf(' ', Math.floor(text.length / 3));
    const end = text.indexOf(' ', cut + 1 + Math.floor(next() * 30));
    if (cut > 0 && end > cut) {
      const content: BodyJSON[] = [
        { type: 'text', text: text.slice(0, cut + 1) },
        { type: 'text', text: text.slice(cut + 1, end), marks: [{ type: next() < 0.5 ? 'bold' : 'italic' }] },
        { type: 'text', text: text.slice(end) },
      ];
      return { node: { type: 'paragraph', content }, words: count };
    }
  }
  return { node: { type: 'paragraph', content: [{ type: 'text', text }] }, words: count };
}

/** Article number `n`: 300 to 3,000 words of paragraphs, sub-headings and the odd quotation. */
export function generateArticle(n: number, words: string[]): { headline: string; json: string } {
  const next = random(1000 + n);
  const headlineWords: string[] = [];
  for (let w = 0, length = 6 + Math.floor(next() * 7); w < length; w++) headlineWords.push(pick(words, next));
  const headline = headlineWords.join(' ').replace(/^./, (c) => c.toUpperCase());
  const target = 300 + Math.floor(next() * 2700);
  const content: BodyJSON[] = [];
  let written = 0;
  while (written < target) {
    const { node, words: count } = paragraph(words, next, target - written);
    const roll = next();
    if (roll < 0.08)
      content.push({
        type: 'heading',
        attrs: { level: 2 },
        content: [{ type: 'text', text: sentence(words, next).slice(0, 60) }],
      });
    content.push(roll > 0.93 ? { type: 'blockquote', content: [node] } : node);
    written += count;
  }
  const day = String(1 + (n % 28)).padStart(2, '0');
  const minute = String(n % 60).padStart(2, '0');
  const article = newArticle({
    id: `bench-${String(n).padStart(6, '0')}`,
    slug: `article-${n}`,
    headline,
    now: `2025-03-${day}T10:${minute}:00.000Z`,
  });
  return { headline, json: serializeArticle({ ...article, body: { type: 'doc', content } }) };
}

export function fileNameOf(n: number): string {
  return `article-${n}.byline.json`;
}

/** Writes `count` articles into `folder` unless it already holds them (reuse between runs). */
export function ensureLibrary(folder: string, count: number): void {
  mkdirSync(folder, { recursive: true });
  if (existsSync(folder) && readdirSync(folder).filter((name) => name.endsWith('.byline.json')).length === count)
    return;
  const words = vocabulary();
  for (let n = 0; n < count; n++) writeFileSync(join(folder, fileNameOf(n)), generateArticle(n, words).json);
}
