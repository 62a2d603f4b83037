// Dates as readers see them: AP, long and ISO, in zones with odd offsets and across DST changes.
import { afterEach, describe, expect, it } from 'vitest';
import { formatDate } from '../../../core/dates/display';

describe('formatDate in each style', () => {
  const cases: { at: string; zone: string; ap: string; long: string; iso: string }[] = [
    // Kabul has no abbreviation: Intl writes the offset.
    {
      at: '2021-02-18T16:44:00Z',
      zone: 'Asia/Kabul',
      ap: 'Feb. 18, 2021, 9:14 p.m. GMT+4:30',
      long: 'February 18, 2021',
      iso: '2021-02-18T21:14:00+04:30',
    },
    {
      at: '2021-02-19T02:14:00Z',
      zone: 'America/New_York',
      ap: 'Feb. 18, 2021, 9:14 p.m. EST',
      long: 'February 18, 2021',
      iso: '2021-02-18T21:14:00-05:00',
    },
    // New York, spring forward on 2021-03-14: the minute before and the minute after.
    {
      at: '2021-03-14T06:59:00Z',
      zone: 'America/New_York',
      ap: 'March 14, 2021, 1:59 a.m. EST',
      long: 'March 14, 2021',
      iso: '2021-03-14T01:59:00-05:00',
    },
    {
      at: '2021-03-14T07:00:00Z',
      zone: 'America/New_York',
      ap: 'March 14, 2021, 3 a.m. EDT',
      long: 'March 14, 2021',
      iso: '2021-03-14T03:00:00-04:00',
    },
    // New York, fall back on 2021-11-07: 1:59 EDT, then 1 a.m. again, now EST.
    {
      at: '2021-11-07T05:59:00Z',
      zone: 'America/New_York',
      ap: 'Nov. 7, 2021, 1:59 a.m. EDT',
      long: 'November 7, 2021',
      iso: '2021-11-07T01:59:00-04:00',
    },
    {
      at: '2021-11-07T06:00:00Z',
      zone: 'America/New_York',
      ap: 'Nov. 7, 2021, 1 a.m. EST',
      long: 'November 7, 2021',
      iso: '2021-11-07T01:00:00-05:00',
    },
    // Lord Howe: half-hour DST, back on 2021-04-04 at 2:00 (+11 → +10:30), forward on 2021-10-03.
    {
      at: '2021-04-03T14:59:00Z',
      zone: 'Australia/Lord_Howe',
      ap: 'April 4, 2021, 1:59 a.m. GMT+11',
      long: 'April 4, 2021',
      iso: '2021-04-04T01:59:00+11:00',
    },
    {
      at: '2021-04-03T15:00:00Z',
      zone: 'Australia/Lord_Howe',
      ap: 'April 4, 2021, 1:30 a.m. GMT+10:30',
      long: 'April 4, 2021',
      iso: '2021-04-04T01:30:00+10:30',
    },
    {
      at: '2021-10-02T15:29:00Z',
      zone: 'Australia/Lord_Howe',
      ap: 'Oct. 3, 2021, 1:59 a.m. GMT+10:30',
      long: 'October 3, 2021',
      iso: '2021-10-03T01:59:00+10:30',
    },
    {
      at: '2021-10-02T15:30:00Z',
      zone: 'Australia/Lord_Howe',
      ap: 'Oct. 3, 2021, 2:30 a.m. GMT+11',
      long: 'October 3, 2021',
      iso: '2021-10-03T02:30:00+11:00',
    },
    {
      at: '2021-02-18T15:29:00Z',
      zone: 'Asia/Kathmandu',
      ap: 'Feb. 18, 2021, 9:14 p.m. GMT+5:45',
      long: 'February 18, 2021',
      iso: '2021-02-18T21:14:00+05:45',
    },
    // UTC prints as Intl names it, "UTC" (London in winter is "GMT").
    {
      at: '2021-02-18T21:14:00Z',
      zone: 'UTC',
      ap: 'Feb. 18, 2021, 9:14 p.m. UTC',
      long: 'February 18, 2021',
      iso: '2021-02-18T21:14:00+00:00',
    },
    {
      at: '2021-02-18T21:14:00Z',
      zone: 'Europe/London',
      ap: 'Feb. 18, 2021, 9:14 p.m. GMT',
      long: 'February 18, 2021',
      iso: '2021-02-18T21:14:00+00:00',
    },
    // The stored offset does not matter, only the instant.
    {
      at: '2021-02-19T07:44:00+10:30',
      zone: 'America/New_York',
      ap: 'Feb. 18, 2021, 4:14 p.m. EST',
      long: 'February 18, 2021',
      iso: '2021-02-18T16:14:00-05:00',
    },
  ];
  for (const { at, zone, ap, long, iso } of cases) {
    it(`${at} in ${zone}`, () => {
      expect(formatDate(at, 'ap', zone)).toBe(ap);
      expect(formatDate(at, 'long', zone)).toBe(long);
      expect(formatDate(at, 'iso', zone)).toBe(iso);
    });
  }
});

describe('AP months', () => {
  const months: [number, string, string][] = [
    [1, 'Jan.', 'January'],
    [2, 'Feb.', 'February'],
    [3, 'March', 'March'],
    [4, 'April', 'April'],
    [5, 'May', 'May'],
    [6, 'June', 'June'],
    [7, 'July', 'July'],
    [8, 'Aug.', 'August'],
    [9, 'Sept.', 'September'],
    [10, 'Oct.', 'October'],
    [11, 'Nov.', 'November'],
    [12, 'Dec.', 'December'],
  ];
  for (const [month, ap, long] of months) {
    it(`${long} is "${ap}"`, () => {
      const at = `2021-${String(month).padStart(2, '0')}-09T15:05:00Z`;
      expect(formatDate(at, 'ap', 'UTC')).toBe(`${ap} 9, 2021, 3:05 p.m. UTC`);
      expect(formatDate(at, 'long', 'UTC')).toBe(`${long} 9, 2021`);
    });
  }
});

describe('AP times of day', () => {
  const cases: { at: string; expected: string }[] = [
    { at: '2021-02-18T17:00:00Z', expected: 'Feb. 18, 2021, noon EST' },
    { at: '2021-02-18T17:01:00Z', expected: 'Feb. 18, 2021, 12:01 p.m. EST' },
    { at: '2021-02-18T16:59:00Z', expected: 'Feb. 18, 2021, 11:59 a.m. EST' },
    // Midnight prints with the day it begins, so a date kept as the start of its day shows that date.
    { at: '2021-02-19T05:00:00Z', expected: 'Feb. 19, 2021, midnight EST' },
    { at: '2021-02-19T05:00:59Z', expected: 'Feb. 19, 2021, midnight EST' },
    { at: '2021-02-19T05:30:00Z', expected: 'Feb. 19, 2021, 12:30 a.m. EST' },
    // Midnight opening a month and a year.
    { at: '2021-03-01T05:00:00Z', expected: 'March 1, 2021, midnight EST' },
    { at: '2022-01-01T05:00:00Z', expected: 'Jan. 1, 2022, midnight EST' },
    { at: '2021-02-18T14:00:00Z', expected: 'Feb. 18, 2021, 9 a.m. EST' },
    { at: '2021-02-18T15:05:00Z', expected: 'Feb. 18, 2021, 10:05 a.m. EST' },
  ];
  for (const { at, expected } of cases) {
    it(expected, () => expect(formatDate(at, 'ap', 'America/New_York')).toBe(expected));
  }
});

describe('a stamp either side of midnight', () => {
  const cases: { name: string; before: string; after: string; zone: string; dates: [string, string] }[] = [
    // Same UTC date (Feb. 19), different dates in New York.
    {
      name: 'New York midnight',
      before: '2021-02-19T04:59:00Z',
      after: '2021-02-19T05:01:00Z',
      zone: 'America/New_York',
      dates: ['February 18, 2021', 'February 19, 2021'],
    },
    // Same UTC date (Feb. 18), different dates in Kabul.
    {
      name: 'Kabul midnight',
      before: '2021-02-18T19:29:00Z',
      after: '2021-02-18T19:31:00Z',
      zone: 'Asia/Kabul',
      dates: ['February 18, 2021', 'February 19, 2021'],
    },
    // The reverse: different UTC dates, the same date in the newsroom.
    {
      name: 'UTC midnight seen from New York',
      before: '2021-02-18T23:59:00Z',
      after: '2021-02-19T00:01:00Z',
      zone: 'America/New_York',
      dates: ['February 18, 2021', 'February 18, 2021'],
    },
    {
      name: 'UTC midnight seen from Kathmandu',
      before: '2021-02-18T23:59:00Z',
      after: '2021-02-19T00:01:00Z',
      zone: 'Asia/Kathmandu',
      dates: ['February 19, 2021', 'February 19, 2021'],
    },
  ];
  for (const { name, before, after, zone, dates } of cases) {
    it(name, () => {
      expect([formatDate(before, 'long', zone), formatDate(after, 'long', zone)]).toEqual(dates);
      expect(formatDate(before, 'ap', zone).startsWith(dates[0].replace('February', 'Feb.'))).toBe(true);
      expect(formatDate(after, 'ap', zone).startsWith(dates[1].replace('February', 'Feb.'))).toBe(true);
    });
  }
});

describe('formatter reuse', () => {
  const original = Intl.DateTimeFormat;
  afterEach(() => Object.defineProperty(Intl, 'DateTimeFormat', { value: original }));

  it('builds one formatter per zone for a batch, not one per date', () => {
    let built = 0;
    const counting = new Proxy(original, {
      construct(target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
        built += 1;
        return Reflect.construct(target, args);
      },
    });
    Object.defineProperty(Intl, 'DateTimeFormat', { value: counting });
    for (let minute = 0; minute < 1000; minute += 1) {
      formatDate(new Date(Date.UTC(2021, 1, 18, 0, minute)).toISOString(), 'ap', 'Pacific/Chatham');
      formatDate(new Date(Date.UTC(2021, 1, 18, 0, minute)).toISOString(), 'iso', 'Pacific/Chatham');
    }
    expect(built).toBe(2);
  });
});
