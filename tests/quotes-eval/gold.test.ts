// The evaluation set cannot rot: files match their definitions, offsets slice to their text, every case has passages.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HELDOUT_PASSAGES, issue14Styles, issue14Unattributed, passages } from './definitions';
import { CATALOG_PATH, EVAL_FOLDER, PASSAGE_FOLDER, goldPath, passagePath, renderedFiles } from './files';
import type { CatalogEntry, GoldQuotation } from './passage';

const catalog = JSON.parse(readFileSync(CATALOG_PATH, 'utf8')) as CatalogEntry[];
const readme = readFileSync(join(EVAL_FOLDER, 'README.md'), 'utf8');

/** The backticked names listed under one heading of the README. */
function listedUnder(heading: string): string[] {
  const section = readme.split(/^## /m).find((part) => part.startsWith(`${heading}\n`)) ?? '';
  return [...section.matchAll(/^- `([a-z-]+)`/gm)].map((match) => match[1] as string);
}

const countBy = (keys: string[]): Map<string, number> =>
  keys.reduce((counts, key) => counts.set(key, (counts.get(key) ?? 0) + 1), new Map<string, number>());

describe('the quote evaluation set', () => {
  it('holds at least 45 passages from every desk', () => {
    expect(catalog.length).toBeGreaterThanOrEqual(45);
    expect(new Set(catalog.map((entry) => entry.desk))).toEqual(
      new Set(['wire', 'local', 'courts', 'sport', 'business', 'politics', 'science']),
    );
  });

  it('is on disk exactly as the definitions generate it, with no stray files', () => {
    const expected = renderedFiles(passages);
    for (const [path, content] of expected) expect(readFileSync(path, 'utf8'), path).toBe(content);
    expect(
      readdirSync(PASSAGE_FOLDER)
        .map((file) => join(PASSAGE_FOLDER, file))
        .sort(),
    ).toEqual([...expected.keys()].sort());
  });

  describe.each(catalog.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
    const text = readFileSync(passagePath(entry.name), 'utf8');
    const gold = JSON.parse(readFileSync(goldPath(entry.name), 'utf8')) as GoldQuotation[];

    it('has gold entries of exactly the contract’s shape whose offsets slice to their text', () => {
      for (const quotation of gold) {
        expect(Object.keys(quotation).sort()).toEqual(['end', 'speaker', 'start', 'text']);
        expect(quotation.speaker === null || quotation.speaker.trim().length > 0).toBe(true);
        expect(quotation.end).toBeGreaterThan(quotation.start);
        expect(text.slice(quotation.start, quotation.end)).toBe(quotation.text);
        expect('“"‘\'').toContain(text[quotation.start - 1]);
      }
    });

    it('lists quotations in document order without overlaps', () => {
      for (let index = 1; index < gold.length; index++) {
        expect((gold[index] as GoldQuotation).start).toBeGreaterThanOrEqual((gold[index - 1] as GoldQuotation).end);
      }
    });

    it('separates its paragraphs as its layout says', () => {
      const nbspLines = /\n\u00a0\r?\n/.test(text);
      expect(nbspLines).toBe(entry.layout === 'nbsp' || entry.layout === 'crlf-nbsp');
      expect(text.includes('\r\n')).toBe(entry.layout === 'crlf' || entry.layout === 'crlf-nbsp');
    });
  });

  it('has at least two passages for every case the README lists, and the README lists every case used', () => {
    const listed = listedUnder('Cases');
    const used = countBy(catalog.flatMap((entry) => entry.cases));
    expect(listed.length).toBeGreaterThanOrEqual(43);
    for (const name of listed) expect(used.get(name) ?? 0, name).toBeGreaterThanOrEqual(2);
    expect([...used.keys()].sort()).toEqual([...listed].sort());
  });

  it('holds a third of the issue-14 passages out, from every style, and tunes on the whole first set', () => {
    const split = new Map(catalog.map((entry) => [entry.name, entry.split]));
    const groups = [...Object.entries(issue14Styles), ['unattributed lines', issue14Unattributed] as const];
    const secondSet = new Set(groups.flatMap(([, list]) => list.map((passage) => passage.name)));
    expect(secondSet.size).toBeGreaterThanOrEqual(45);
    for (const entry of catalog) expect(['tune', 'heldout'], entry.name).toContain(entry.split);
    for (const name of HELDOUT_PASSAGES) expect(secondSet.has(name), name).toBe(true);
    for (const entry of catalog.filter((candidate) => !secondSet.has(candidate.name)))
      expect(entry.split, entry.name).toBe('tune');
    const heldout = catalog.filter((entry) => entry.split === 'heldout').map((entry) => entry.name);
    expect(heldout.sort()).toEqual([...HELDOUT_PASSAGES].sort());
    expect(heldout.length).toBe(Math.floor(secondSet.size / 3));
    for (const [style, list] of groups) {
      const held = list.filter((passage) => split.get(passage.name) === 'heldout').length;
      expect(held, style).toBeGreaterThanOrEqual(Math.floor(list.length / 3));
      expect(held, style).toBeLessThanOrEqual(Math.ceil(list.length / 3));
    }
  });

  it('holds out quotations the text names nobody for, so abstaining is measured where nobody tuned', () => {
    const heldoutGold = catalog
      .filter((entry) => entry.split === 'heldout')
      .flatMap((entry) => JSON.parse(readFileSync(goldPath(entry.name), 'utf8')) as GoldQuotation[]);
    expect(heldoutGold.filter((quotation) => quotation.speaker === null).length).toBeGreaterThanOrEqual(5);
  });

  it('has at least two passages in every layout the README lists', () => {
    const used = countBy(catalog.map((entry) => entry.layout));
    const listed = listedUnder('Layouts');
    expect(listed).toEqual(['blank', 'crlf', 'nbsp', 'crlf-nbsp']);
    for (const layout of listed) expect(used.get(layout) ?? 0, layout).toBeGreaterThanOrEqual(2);
  });

  it('keeps traps out of the gold: a passage of traps alone has no quotation', () => {
    const trapsOnly = catalog.filter((entry) =>
      entry.cases.every((name) => name.startsWith('trap-') || name === 'curly-marks'),
    );
    expect(trapsOnly.length).toBeGreaterThanOrEqual(1);
    for (const entry of trapsOnly) expect(JSON.parse(readFileSync(goldPath(entry.name), 'utf8'))).toEqual([]);
  });
});
