// Zones by IANA name: offsets and instants from Intl, wall times read across daylight saving.
import { describe, expect, it } from 'vitest';
import {
  compareInstants,
  instantIn,
  isTimeZone,
  offsetAt,
  wallTimeToInstant,
  type WallTime,
} from '../../../core/dates/zones';

describe('isTimeZone', () => {
  const cases: { name: string; expected: boolean }[] = [
    { name: 'Asia/Kabul', expected: true },
    { name: 'America/New_York', expected: true },
    { name: 'Australia/Lord_Howe', expected: true },
    { name: 'UTC', expected: true },
    { name: 'Etc/GMT+5', expected: true },
    { name: 'Mars/Olympus_Mons', expected: false },
    { name: 'Kabul', expected: false },
    { name: '+04:30', expected: false },
    { name: '-05:00', expected: false },
    { name: '', expected: false },
  ];
  for (const { name, expected } of cases) {
    it(`${JSON.stringify(name)} → ${expected}`, () => expect(isTimeZone(name)).toBe(expected));
  }
});

describe('offsetAt and instantIn', () => {
  const cases: { at: string | number | Date; zone: string; offset: string; iso: string }[] = [
    { at: '2021-02-18T16:44:00Z', zone: 'Asia/Kabul', offset: '+04:30', iso: '2021-02-18T21:14:00+04:30' },
    { at: '2021-02-19T02:14:00Z', zone: 'America/New_York', offset: '-05:00', iso: '2021-02-18T21:14:00-05:00' },
    // Spring forward, 2021-03-14: 01:59 EST is followed by 03:00 EDT.
    { at: '2021-03-14T06:59:59Z', zone: 'America/New_York', offset: '-05:00', iso: '2021-03-14T01:59:59-05:00' },
    { at: '2021-03-14T07:00:00Z', zone: 'America/New_York', offset: '-04:00', iso: '2021-03-14T03:00:00-04:00' },
    // Fall back, 2021-11-07: 01:59 EDT is followed by 01:00 EST.
    { at: '2021-11-07T05:59:59Z', zone: 'America/New_York', offset: '-04:00', iso: '2021-11-07T01:59:59-04:00' },
    { at: '2021-11-07T06:00:00Z', zone: 'America/New_York', offset: '-05:00', iso: '2021-11-07T01:00:00-05:00' },
    // Lord Howe moves its clocks by half an hour.
    { at: '2021-04-03T14:59:00Z', zone: 'Australia/Lord_Howe', offset: '+11:00', iso: '2021-04-04T01:59:00+11:00' },
    { at: '2021-04-03T15:00:00Z', zone: 'Australia/Lord_Howe', offset: '+10:30', iso: '2021-04-04T01:30:00+10:30' },
    { at: '2021-02-18T15:29:00Z', zone: 'Asia/Kathmandu', offset: '+05:45', iso: '2021-02-18T21:14:00+05:45' },
    { at: '2021-02-18T21:14:00Z', zone: 'UTC', offset: '+00:00', iso: '2021-02-18T21:14:00+00:00' },
    { at: '2021-01-10T12:00:00Z', zone: 'Europe/London', offset: '+00:00', iso: '2021-01-10T12:00:00+00:00' },
    // Other offsets, Dates and epoch numbers are the same instant; fractions of a second are cut.
    { at: '2021-02-18T21:14:00.999-05:00', zone: 'Asia/Kabul', offset: '+04:30', iso: '2021-02-19T06:44:00+04:30' },
    {
      at: new Date('2021-02-19T02:14:00Z'),
      zone: 'America/New_York',
      offset: '-05:00',
      iso: '2021-02-18T21:14:00-05:00',
    },
    { at: Date.UTC(2021, 6, 1, 12), zone: 'America/New_York', offset: '-04:00', iso: '2021-07-01T08:00:00-04:00' },
    { at: '0001-01-01T00:00:00Z', zone: 'UTC', offset: '+00:00', iso: '0001-01-01T00:00:00+00:00' },
    // New York kept local mean time (-04:56:02) until 1883; ISO offsets have no seconds, so UTC.
    { at: '1800-01-01T00:00:00Z', zone: 'America/New_York', offset: '-04:56:02', iso: '1800-01-01T00:00:00+00:00' },
  ];
  for (const { at, zone, offset, iso } of cases) {
    it(`${String(at instanceof Date ? at.toISOString() : at)} in ${zone}`, () => {
      expect(offsetAt(at, zone)).toBe(offset);
      expect(instantIn(zone, at)).toBe(iso);
    });
  }

  it('refuses strings without an offset, impossible dates and unknown zones', () => {
    expect(() => instantIn('UTC', '2021-02-18T21:14:00')).toThrow(RangeError);
    expect(() => instantIn('UTC', '2021-02-18')).toThrow(/with an offset/);
    expect(() => instantIn('UTC', '2021-02-30T10:00:00Z')).toThrow(/does not exist/);
    expect(() => instantIn('UTC', new Date(Number.NaN))).toThrow(/not a valid time/);
    expect(() => offsetAt('2021-02-18T21:14:00Z', 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});

describe('wallTimeToInstant', () => {
  const cases: { name: string; wall: WallTime; zone: string; expected: string }[] = [
    {
      name: 'an ordinary evening',
      wall: { year: 2021, month: 2, day: 18, hour: 21, minute: 14 },
      zone: 'America/New_York',
      expected: '2021-02-18T21:14:00-05:00',
    },
    {
      name: 'midnight by default',
      wall: { year: 2021, month: 2, day: 18 },
      zone: 'Asia/Kabul',
      expected: '2021-02-18T00:00:00+04:30',
    },
    {
      name: 'seconds kept',
      wall: { year: 2021, month: 2, day: 18, hour: 9, minute: 5, second: 7 },
      zone: 'Asia/Kathmandu',
      expected: '2021-02-18T09:05:07+05:45',
    },
    {
      name: 'a leap day',
      wall: { year: 2024, month: 2, day: 29, hour: 12 },
      zone: 'UTC',
      expected: '2024-02-29T12:00:00+00:00',
    },
    // Spring forward: 02:00–02:59 never happened; 02:30 is read with EST and lands at 03:30 EDT.
    {
      name: 'New York, in the spring gap',
      wall: { year: 2021, month: 3, day: 14, hour: 2, minute: 30 },
      zone: 'America/New_York',
      expected: '2021-03-14T03:30:00-04:00',
    },
    {
      name: 'New York, the first minute of the gap',
      wall: { year: 2021, month: 3, day: 14, hour: 2 },
      zone: 'America/New_York',
      expected: '2021-03-14T03:00:00-04:00',
    },
    {
      name: 'New York, just before the gap',
      wall: { year: 2021, month: 3, day: 14, hour: 1, minute: 59 },
      zone: 'America/New_York',
      expected: '2021-03-14T01:59:00-05:00',
    },
    {
      name: 'New York, just after the gap',
      wall: { year: 2021, month: 3, day: 14, hour: 3 },
      zone: 'America/New_York',
      expected: '2021-03-14T03:00:00-04:00',
    },
    // Fall back: 01:00–01:59 happened twice; the earlier (EDT) is chosen.
    {
      name: 'New York, in the repeated hour',
      wall: { year: 2021, month: 11, day: 7, hour: 1, minute: 30 },
      zone: 'America/New_York',
      expected: '2021-11-07T01:30:00-04:00',
    },
    {
      name: 'New York, after the repeated hour',
      wall: { year: 2021, month: 11, day: 7, hour: 2 },
      zone: 'America/New_York',
      expected: '2021-11-07T02:00:00-05:00',
    },
    // Lord Howe's half-hour shifts: 02:00–02:29 skipped in October, 01:30–01:59 repeated in April.
    {
      name: 'Lord Howe, in the half-hour gap',
      wall: { year: 2021, month: 10, day: 3, hour: 2, minute: 15 },
      zone: 'Australia/Lord_Howe',
      expected: '2021-10-03T02:45:00+11:00',
    },
    {
      name: 'Lord Howe, in the repeated half hour',
      wall: { year: 2021, month: 4, day: 4, hour: 1, minute: 45 },
      zone: 'Australia/Lord_Howe',
      expected: '2021-04-04T01:45:00+11:00',
    },
  ];
  for (const { name, wall, zone, expected } of cases) {
    it(name, () => expect(wallTimeToInstant(wall, zone)).toBe(expected));
  }

  it('refuses wall times that no calendar has', () => {
    const impossible: WallTime[] = [
      { year: 2021, month: 2, day: 29 },
      { year: 2021, month: 13, day: 1 },
      { year: 2021, month: 1, day: 1, hour: 24 },
      { year: 2021, month: 1, day: 1, minute: 60 },
      { year: 2021, month: 1, day: 1.5 },
    ];
    for (const wall of impossible) expect(() => wallTimeToInstant(wall, 'UTC')).toThrow(RangeError);
  });
});

describe('compareInstants', () => {
  const cases: { a: string; b: string; sign: number }[] = [
    // The string order and the instant order disagree here.
    { a: '2021-02-18T21:14:00-05:00', b: '2021-02-19T01:00:00Z', sign: 1 },
    { a: '2021-02-18T21:14:00-05:00', b: '2021-02-19T02:14:00Z', sign: 0 },
    { a: '2021-02-19T06:44:00+04:30', b: '2021-02-18T21:14:00-05:00', sign: 0 },
    { a: '2021-11-07T01:30:00-04:00', b: '2021-11-07T01:00:00-05:00', sign: -1 },
    { a: '2021-02-18T21:14:00.5Z', b: '2021-02-18T21:14:00.499Z', sign: 1 },
    // Beyond milliseconds still counts; trailing zeros do not.
    { a: '2021-02-18T21:14:00.1234Z', b: '2021-02-18T21:14:00.1235Z', sign: -1 },
    { a: '2021-02-18T21:14:00.120000Z', b: '2021-02-18T21:14:00.12Z', sign: 0 },
  ];
  for (const { a, b, sign } of cases) {
    it(`${a} against ${b}`, () => {
      expect(Math.sign(compareInstants(a, b))).toBe(sign);
      expect(Math.sign(compareInstants(b, a))).toBe(-sign || 0);
    });
  }

  it('sorts a list by the instant', () => {
    const stamps = ['2021-02-19T01:00:00Z', '2021-02-18T21:14:00-05:00', '2021-02-18T23:00:00+04:30'];
    expect([...stamps].sort(compareInstants)).toEqual([
      '2021-02-18T23:00:00+04:30',
      '2021-02-19T01:00:00Z',
      '2021-02-18T21:14:00-05:00',
    ]);
  });
});
