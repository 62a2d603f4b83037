// A picked wall time is read on the newsroom's clock, whatever zone the machine is in.
import { describe, expect, it } from 'vitest';
import { atOf, pickedInstant } from '../../../renderer/dates/stampTime';

describe('pickedInstant', () => {
  it.each([
    { wall: '2021-02-18T21:14', zone: 'America/New_York', expected: '2021-02-18T21:14:00-05:00' },
    { wall: '2021-07-04T09:00', zone: 'America/New_York', expected: '2021-07-04T09:00:00-04:00' },
    { wall: '2024-03-10T02:30', zone: 'America/New_York', expected: '2024-03-10T03:30:00-04:00' },
    { wall: '2021-02-18T23:59', zone: 'Asia/Kabul', expected: '2021-02-18T23:59:00+04:30' },
    { wall: '2021-02-18T00:00:30', zone: 'Asia/Kathmandu', expected: '2021-02-18T00:00:30+05:45' },
    { wall: '2021-02-18T12:00', zone: 'UTC', expected: '2021-02-18T12:00:00+00:00' },
  ])('$wall in $zone is $expected', ({ wall, zone, expected }) => {
    expect(pickedInstant(wall, zone)).toBe(expected);
  });

  it.each(['', '2021-02-18', '2021-02-30T10:00', '2021-02-18T25:00', 'yesterday'])('“%s” is no time', (wall) => {
    expect(pickedInstant(wall, 'UTC')).toBeNull();
  });
});

describe('atOf', () => {
  it('leaves the time to the stamp for “Now”, and refuses a picked time that is not one', () => {
    expect(atOf({ mode: 'now', wall: '2021-02-18T21:14' }, 'UTC')).toEqual({ ok: true, at: undefined });
    expect(atOf({ mode: 'picked', wall: '2021-02-18T21:14' }, 'UTC')).toEqual({
      ok: true,
      at: '2021-02-18T21:14:00+00:00',
    });
    expect(atOf({ mode: 'picked', wall: '' }, 'UTC')).toEqual({
      ok: false,
      reason: 'Pick a date and a time, or choose “Now”.',
    });
  });
});
