// Time zones as a reporter looks for them: by city, zone name or offset, with the offset shown.
import { describe, expect, it } from 'vitest';
import { byRegion, offsetLabel, searchZones, zoneChoice, zoneChoices } from '../../../renderer/fields/zoneLabels';

const WINTER = new Date('2026-01-15T12:00:00Z');

describe('time zone labels', () => {
  it('name the zone, its offset now and its city', () => {
    expect(zoneChoice('Europe/Brussels', WINTER).label).toBe('Europe/Brussels (UTC+01:00) — Brussels');
    expect(zoneChoice('America/Argentina/Buenos_Aires', WINTER).label).toBe(
      'America/Argentina/Buenos_Aires (UTC-03:00) — Buenos Aires',
    );
    expect(zoneChoice('UTC', WINTER)).toMatchObject({ label: 'UTC (UTC+00:00)', region: 'Other' });
    expect(zoneChoice('Asia/Calcutta', WINTER).label).toBe('Asia/Calcutta (UTC+05:30) — Kolkata');
    expect(offsetLabel('Asia/Kolkata', WINTER)).toBe('UTC+05:30');
    expect(offsetLabel('Europe/Brussels', new Date('2026-07-15T12:00:00Z'))).toBe('UTC+02:00');
  });

  it('are found by city, accents and case aside, by zone name and by offset', () => {
    const all = zoneChoices(WINTER);
    const zones = (typed: string) => searchZones(all, typed).map((choice) => choice.zone);
    expect(zones('brussels')).toEqual(['Europe/Brussels']);
    expect(zones('sao paulo')).toContain('America/Sao_Paulo');
    expect(zones('new york')).toEqual(['America/New_York']);
    // Some systems still list India as Asia/Calcutta: it is found by today's name either way.
    expect(zones('kolkata')).toHaveLength(1);
    expect(zones('UTC+05:30')).toEqual(expect.arrayContaining(zones('kolkata')));
    expect(zones('')).toHaveLength(all.length);
  });

  it('are grouped by region, "Other" last', () => {
    const regions = byRegion(zoneChoices(WINTER)).map(([region]) => region);
    expect(regions).toContain('Europe');
    const named = regions.filter((region) => region !== 'Other');
    expect([...named].sort()).toEqual(named);
    expect(byRegion([zoneChoice('UTC', WINTER), zoneChoice('Europe/Paris', WINTER)]).map(([region]) => region)).toEqual(
      ['Europe', 'Other'],
    );
  });
});
