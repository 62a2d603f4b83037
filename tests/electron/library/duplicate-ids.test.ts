// The one rule that picks which of several files carrying one article id keeps it
// (electron/library/duplicate-ids.ts), and the promise built on it: ordinary work never hands
// the id to another file, because every save writes the keeper later than any file beside it.
import { describe, expect, it } from 'vitest';
import { serializeArticle } from '../../../core/article/serialize';
import { isCopyId } from '../../../core/ipc/contract';
import { copiesAmong, copyId, keeperOf, savedAtAfter, type IdClaim } from '../../../electron/library/duplicate-ids';
import { openIndexes } from './index/open-indexes';
import { article, testLibrary } from './fixtures/library';

const claim = (file: string, savedAt: string | null, namedForSlug = true): IdClaim => ({
  file,
  id: 'article-0001',
  savedAt,
  namedForSlug,
});

/** Every order of `items`, so a test sees the rule does not depend on the order files are found in. */
function orders<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, n) =>
    orders([...items.slice(0, n), ...items.slice(n + 1)]).map((rest) => [item, ...rest]),
  );
}

describe('which file keeps the id', () => {
  const cases: { name: string; group: IdClaim[]; keeper: string }[] = [
    {
      name: 'the file saved most recently, whatever its name',
      group: [
        claim('alpha.byline.json', '2025-03-14T09:00:00.000Z'),
        claim('zeta.byline.json', '2025-03-14T09:00:00.001Z'),
      ],
      keeper: 'zeta.byline.json',
    },
    {
      name: 'instants compared as instants, not as text: 10:30+01:00 is before 09:45Z',
      group: [
        claim('paris.byline.json', '2025-03-14T10:30:00+01:00'),
        claim('london.byline.json', '2025-03-14T09:45:00Z'),
      ],
      keeper: 'london.byline.json',
    },
    {
      name: 'a file without a usable savedAt after every file with one',
      group: [
        claim('a.byline.json', null),
        claim('b.byline.json', 'not a date'),
        claim('c.byline.json', '2020-01-01T00:00:00Z'),
      ],
      keeper: 'c.byline.json',
    },
    {
      name: 'saved at one moment: the file named for its slug',
      group: [
        claim('storm (1).byline.json', '2025-03-14T09:00:00Z', false),
        claim('storm.byline.json', '2025-03-14T09:00:00Z'),
      ],
      keeper: 'storm.byline.json',
    },
    {
      name: 'neither named for its slug: the shorter name, which a copy’s name extends',
      group: [
        claim('storm-final copy.byline.json', '2025-03-14T09:00:00Z', false),
        claim('storm-final.byline.json', '2025-03-14T09:00:00Z', false),
        claim('storm-final (Amina’s conflicted copy).byline.json', '2025-03-14T09:00:00Z', false),
      ],
      keeper: 'storm-final.byline.json',
    },
    {
      name: 'all else equal: the name first in code-unit order',
      group: [claim('storm.byline.json', '2025-03-14T09:00:00Z'), claim('flood.byline.json', '2025-03-14T09:00:00Z')],
      keeper: 'flood.byline.json',
    },
  ];
  for (const { name, group, keeper } of cases) {
    it(`${name}, in whatever order the files are found`, () => {
      for (const order of orders(group)) expect(keeperOf(order).file).toBe(keeper);
    });
  }

  it('knows each copy under an id of the contract’s copy form, and says why the other file keeps the id', () => {
    const copies = copiesAmong([
      claim('storm.byline.json', '2025-03-14T09:00:00Z'),
      claim('storm (1).byline.json', '2025-03-14T08:00:00Z', false),
    ]);
    const copy = copies.get('storm (1).byline.json')!;
    expect(copy).toEqual({
      id: copyId('article-0001', 'storm (1).byline.json'),
      original: 'storm.byline.json',
      because: 'saved-later',
    });
    expect(isCopyId(copy.id)).toBe(true);
    expect(isCopyId('article-0001')).toBe(false);
  });
});

describe('a save into the file that keeps the id', () => {
  it('is dated now, or just after a later file beside it when the clock is behind', () => {
    expect(savedAtAfter('2025-03-14T09:00:00.000Z', ['2025-03-14T08:00:00.000Z'])).toBe('2025-03-14T09:00:00.000Z');
    expect(savedAtAfter('2025-03-14T09:00:00.000Z', ['2025-03-14T09:00:00.000Z'])).toBe('2025-03-14T09:00:00.001Z');
    expect(savedAtAfter('2025-03-14T09:00:00.000Z', ['2025-03-14T11:00:00+01:00', null])).toBe(
      '2025-03-14T10:00:00.001Z',
    );
    expect(savedAtAfter('2025-03-14T09:00:00.000Z', [])).toBe('2025-03-14T09:00:00.000Z');
  });

  const indexes = openIndexes();
  it('keeps it the article when the copies beside it were saved on a clock ahead of ours', async () => {
    const library = await testLibrary();
    try {
      // Both written on a laptop whose clock runs hours ahead; this machine's clock says 09:30.
      await library.write(
        'storm.byline.json',
        serializeArticle(article({ slug: 'storm', savedAt: '2025-03-14T13:00:00.000Z' })),
      );
      await library.write(
        'flood.byline.json',
        serializeArticle(article({ slug: 'flood', savedAt: '2025-03-14T12:00:00.000Z' })),
      );
      const index = indexes.open({ folder: library.folder, build: { kind: 'none' } });
      const store = library.store({ candidates: (id) => index.candidates(id) });
      const listedKeeper = async () =>
        (await index.list()).find((entry) => entry.kind === 'article' && entry.readOnly === null)?.file;
      expect(await listedKeeper()).toBe('storm.byline.json');

      let opened = await store.open('article-0001');
      for (const deck of ['One.', 'Two.', 'Three.']) {
        opened = await store.save({ ...opened.article, deck }, opened.revision);
        index.touched(opened.file);
        expect(opened.file).toBe('storm.byline.json');
        expect(await listedKeeper()).toBe('storm.byline.json');
      }
      expect((await store.open('article-0001')).article.deck).toBe('Three.');
    } finally {
      await library.remove();
    }
  });
});
