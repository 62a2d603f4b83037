// A source's "When" read and written on the newsroom's clock; free text from before stays.
import { describe, expect, it } from 'vitest';
import { isFreeText, storedWhen, wallOf } from '../../../renderer/sources/sourceWhen';

describe('a source’s When', () => {
  it('is stored as the instant the picked wall time is in the newsroom’s zone', () => {
    expect(storedWhen('2026-01-15T09:30', 'Europe/Brussels')).toBe('2026-01-15T09:30:00+01:00');
    expect(storedWhen('', 'Europe/Brussels')).toBe('');
  });

  it('shows a stored instant, or a day, as the newsroom’s wall time', () => {
    expect(wallOf('2026-01-15T08:30:00Z', 'Europe/Brussels')).toBe('2026-01-15T09:30');
    expect(wallOf('2025-03-01', 'Asia/Kabul')).toBe('2025-03-01T00:00');
    expect(wallOf('', 'Asia/Kabul')).toBe('');
  });

  it('tells free text typed in an older version from a date', () => {
    expect(isFreeText('last Tuesday, by phone', 'UTC')).toBe(true);
    expect(isFreeText('2026-01-15T08:30:00Z', 'UTC')).toBe(false);
    expect(isFreeText('', 'UTC')).toBe(false);
  });
});
