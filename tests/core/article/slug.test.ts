// Slugs from headlines: readable, valid file names, in any script, never empty.
import { describe, expect, it } from 'vitest';
import { Slug } from '../../../core/article/article';
import {
  copySlug,
  editedSlug,
  MAX_SLUG_LENGTH,
  slugForHeadline,
  slugify,
  uniqueSlug,
} from '../../../core/article/slug';

describe('slugify', () => {
  const cases: { headline: string; slug: string }[] = [
    { headline: 'City Budget Passes', slug: 'city-budget-passes' },
    { headline: 'Zürich, Île-de-France and São Paulo', slug: 'zurich-ile-de-france-and-sao-paulo' },
    { headline: 'Кабул под обстрелом', slug: 'кабул-под-обстрелом' },
    { headline: '東京 2025', slug: '東京-2025' },
    { headline: "Don't panic: it’s only a drill!", slug: 'dont-panic-its-only-a-drill' },
    { headline: '  "Quoted" -- (and) / slashed?  ', slug: 'quoted-and-slashed' },
    { headline: 'Ça coûte 10 000 €', slug: 'ca-coute-10-000' },
    { headline: 'ﬁnal ﬁx', slug: 'final-fix' },
    { headline: '', slug: 'untitled' },
    { headline: '!!! ??? …', slug: 'untitled' },
  ];
  for (const { headline, slug } of cases) {
    it(`${JSON.stringify(headline)} → ${slug}`, () => {
      expect(slugify(headline)).toBe(slug);
      expect(Slug.safeParse(slug).success).toBe(true);
    });
  }

  it('stops at a word boundary before 80 characters', () => {
    const slug = slugify('Council '.repeat(20));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^council(-council)+$/);
    expect(slug.length).toBe('council'.length * 10 + 9);
  });

  it('cuts a single word longer than 80 characters', () => {
    expect(slugify('a'.repeat(200))).toBe('a'.repeat(80));
  });
});

describe('uniqueSlug', () => {
  it('keeps a free slug and numbers a taken one from 2', () => {
    const taken = new Set(['storm', 'storm-2', 'storm-3']);
    expect(uniqueSlug('flood', (slug) => taken.has(slug))).toBe('flood');
    expect(uniqueSlug('storm', (slug) => taken.has(slug))).toBe('storm-4');
  });

  it('stays within 80 characters and never leaves a double hyphen', () => {
    const long = `${'a'.repeat(77)}-bc`;
    const next = uniqueSlug(long, (slug) => slug === long);
    expect(next).toBe(`${'a'.repeat(77)}-2`);
    expect(next.length).toBeLessThanOrEqual(80);
    expect(Slug.safeParse(next).success).toBe(true);
  });
});

describe('the slug length', () => {
  it('is the one the file format holds slugs to', () => {
    expect(Slug.safeParse('a'.repeat(MAX_SLUG_LENGTH)).success).toBe(true);
    expect(Slug.safeParse('a'.repeat(MAX_SLUG_LENGTH + 1)).success).toBe(false);
  });

  it('gives a copy of a short slug a -copy ending', () => {
    expect(copySlug('city-budget')).toBe('city-budget-copy');
  });

  it('keeps a copy of a slug at the limit within it, without a double hyphen or a split character', () => {
    const long = `${'a'.repeat(74)}-bcdef`;
    expect(copySlug(long)).toBe(`${'a'.repeat(74)}-copy`);
    const astral = slugify(`a${'𠀀'.repeat(40)}`);
    expect(Slug.safeParse(copySlug(astral)).success).toBe(true);
    expect(copySlug(astral).length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
  });
});

describe('slugs in scripts with combining marks and astral characters', () => {
  it('keeps the vowel signs of Devanagari so the slug stays readable', () => {
    expect(slugify('हिन्दी समाचार')).toBe('हिन्दी-समाचार');
    expect(Slug.safeParse(slugify('हिन्दी समाचार')).success).toBe(true);
  });

  it('keeps Cyrillic letters whole (й is not folded to и)', () => {
    expect(slugify('Май')).toBe('май');
  });

  it('never splits a surrogate pair when cutting a long headline', () => {
    const slug = slugify(`a${'𠀀'.repeat(40)}`);
    expect(Slug.safeParse(slug).success).toBe(true);
    expect(slug.length).toBeLessThanOrEqual(80);
    const next = uniqueSlug(slug, (candidate) => candidate === slug);
    expect(Slug.safeParse(next).success).toBe(true);
  });
});

describe('the slug follows the headline until edited by hand', () => {
  it('follows each new headline while not edited', () => {
    const article = { slug: 'city-budget', slugEdited: false };
    expect(slugForHeadline(article, 'City Budget Passes, 7–2')).toBe('city-budget-passes-7-2');
  });

  it('keeps a hand-edited slug whatever the headline becomes', () => {
    const article = { slug: 'budget-vote', slugEdited: true };
    expect(slugForHeadline(article, 'Council Rejects Budget')).toBe('budget-vote');
  });

  it('normalizes a typed slug like a headline and marks it edited', () => {
    expect(editedSlug('  Budget Vote: Ça Passe!', 'Headline')).toEqual({
      slug: 'budget-vote-ca-passe',
      slugEdited: true,
    });
    expect(editedSlug('Кабул/Взрыв', 'Headline')).toEqual({ slug: 'кабул-взрыв', slugEdited: true });
  });

  it('hands the slug back to the headline when the typed slug is cleared', () => {
    expect(editedSlug('   ', 'Storm Hits Coast')).toEqual({ slug: 'storm-hits-coast', slugEdited: false });
  });

  it('two headlines that slug alike get distinct slugs from the store', () => {
    const taken = new Set([slugify('Storm hits coast')]);
    const second = uniqueSlug(slugify('Storm Hits Coast!'), (slug) => taken.has(slug));
    expect(second).toBe('storm-hits-coast-2');
  });
});
