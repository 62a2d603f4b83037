import { describe, expect, it } from 'vitest';
import { readByline } from '../../../core/import/bylines';
import { readDateLine } from '../../../core/import/date-lines';
import { readDateline, takeDateline } from '../../../core/import/dateline';
import { endsStory, isFurniture, withoutFurniture } from '../../../core/import/furniture';
import { readIsoDate } from '../../../core/import/page-dates';
import { b, doc, p } from '../../builders/body';

const local = (year: number, month: number, day: number, time?: [number, number], utc = false) => ({
  kind: 'local',
  wall: time ? { year, month, day, hour: time[0], minute: time[1], second: 0 } : { year, month, day },
  utc,
});

describe('date lines', () => {
  it.each([
    ['Published on February 17, 2021 9:14 pm', [{ kind: 'published', date: local(2021, 2, 17, [21, 14]) }]],
    ['(Last Updated On: February 18, 2021)', [{ kind: 'updated', date: local(2021, 2, 18) }]],
    ['Updated: 18 Feb 2021 10:02 GMT', [{ kind: 'updated', date: local(2021, 2, 18, [10, 2], true) }]],
    ['Posted Feb. 17, 2021 at 12 a.m.', [{ kind: 'published', date: local(2021, 2, 17, [0, 0]) }]],
    ['Last updated 2021-02-18 07:30', [{ kind: 'updated', date: local(2021, 2, 18, [7, 30]) }]],
    [
      'Published 17 February 2021 · Updated 18 February 2021 12:15 pm',
      [
        { kind: 'published', date: local(2021, 2, 17) },
        { kind: 'updated', date: local(2021, 2, 18, [12, 15]) },
      ],
    ],
    // The label survived the copy, the date did not: a mention with no date, never a guess.
    ['Published', [{ kind: 'published', date: null }]],
    ['Published on', [{ kind: 'published', date: null }]],
  ])('%s', (line, mentions) => {
    expect(readDateLine(line)).toEqual(mentions);
  });

  it.each([
    'Updated with casualty figures from the ministry',
    'Posted in Latest News',
    'Published on February 30, 2021',
    'Updated 13:75 on February 18, 2021',
    'The ministry published its report on February 17, 2021.',
  ])('is not a date line: %s', (line) => {
    expect(readDateLine(line)).toBeNull();
  });

  it.each([
    ['2021-02-18T10:02:00+00:00', { kind: 'instant', instant: '2021-02-18T10:02:00+00:00' }],
    ['2021-02-18T10:02:00.250Z', { kind: 'instant', instant: '2021-02-18T10:02:00.250Z' }],
    ['2021-02-18T10:02+0430', { kind: 'instant', instant: '2021-02-18T10:02:00+04:30' }],
    ['2021-02-18T10:02:00', local(2021, 2, 18, [10, 2])],
    ['2021-02-18', local(2021, 2, 18)],
    ['2021-02-30', null],
    ['yesterday', null],
  ])('machine date %s', (value, date) => {
    expect(readIsoDate(value)).toEqual(date);
  });
});

describe('bylines', () => {
  it.each([
    ['By Jane Doe', [{ name: 'Jane Doe', role: null }]],
    ['BY JANE DOE', [{ name: 'JANE DOE', role: null }]],
    ['By Jane Doe, Kabul correspondent', [{ name: 'Jane Doe', role: 'Kabul correspondent' }]],
    [
      'By Jane Doe and Omar Khan',
      [
        { name: 'Jane Doe', role: null },
        { name: 'Omar Khan', role: null },
      ],
    ],
    [
      'Written by Ursula von der Leyen & J.R. Smith',
      [
        { name: 'Ursula von der Leyen', role: null },
        { name: 'J.R. Smith', role: null },
      ],
    ],
    ['Jane Doe | Staff reporter', [{ name: 'Jane Doe', role: 'Staff reporter' }]],
    ['By the time the water rose', null],
    ['By Wednesday night, 40 homes were lost', null],
    ['Politics | Elections', null],
  ])('%s', (line, bylines) => {
    expect(readByline(line)).toEqual(bylines);
  });
});

describe('datelines', () => {
  it.each([
    ['KABUL — The council met.', 'KABUL', 'The council met.'],
    ['KABUL (Reuters) - The council met.', 'KABUL', 'The council met.'],
    ['WASHINGTON, Feb 17 (Reuters) - The council met.', 'WASHINGTON', 'The council met.'],
    ['SÃO PAULO – The council met.', 'SÃO PAULO', 'The council met.'],
  ])('%s', (paragraph, place, rest) => {
    expect(readDateline(paragraph)).toEqual({ dateline: { place, timeZone: null }, rest });
  });

  it.each(['NATO Secretary General Jens Stoltenberg said.', 'US-led forces left.', 'Kabul — a city of five million.'])(
    'is not a dateline: %s',
    (paragraph) => {
      expect(readDateline(paragraph)).toBeNull();
    },
  );

  it('takes the dateline out of a body’s first paragraph, keeping the rest of it', () => {
    expect(takeDateline(doc(p('KABUL — The council ', b('voted'), '.'), p('More.')))).toEqual({
      dateline: { place: 'KABUL', timeZone: null },
      body: doc(p('The council ', b('voted'), '.'), p('More.')),
    });
    expect(takeDateline(doc(p(b('KABUL — '), 'The council voted.')))).toBeNull();
  });
});

describe('page furniture', () => {
  it.each([
    'Advertisement',
    'Exit mobile version',
    'Share this:',
    'Trending',
    'Related: Earlier floods left 40 dead',
    'Read more: the budget',
    'Facebook Twitter WhatsApp',
    'Share on: Facebook | X | Email',
    'Home | World | Asia',
    'Home › News',
    'This website uses cookies to give you the best experience.',
    'Accept all cookies',
    'Click to share on WhatsApp (Opens in new window)',
  ])('drops %s', (line) => {
    expect(isFurniture(line)).toBe(true);
  });

  it.each([
    'Regulators said websites must ask before they store cookies.',
    'Twitter and Facebook removed the posts on Tuesday.',
    'Home secretary resigns',
    '“Share this with everyone,” she said.',
  ])('keeps %s', (line) => {
    expect(isFurniture(line)).toBe(false);
  });

  it('knows the headings after which a story has ended', () => {
    expect(['Trending', 'Related Posts', 'Share this:', 'Leave a Reply'].every(endsStory)).toBe(true);
    expect(endsStory('Latest News')).toBe(false);
  });

  it('drops furniture paragraphs from a body and keeps everything else', () => {
    expect(withoutFurniture(doc(p('Advertisement'), p('The council met.'), p(b('Share this:'))))).toEqual(
      doc(p('The council met.')),
    );
    expect(withoutFurniture(doc(p('Advertisement')))).toEqual(doc(p()));
  });
});
