// Intl formatters that read an instant's wall clock in a zone, one per zone and per way of naming
// the zone, reused: building a DateTimeFormat costs far more than using one, and an export
// formats thousands of dates.

/** "short" names the zone as readers see it ("EST"); "longOffset" gives its offset ("GMT-05:00"). */
export type ZoneNaming = 'short' | 'longOffset';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Numeric Gregorian fields on a 24-hour clock, in Latin digits, with the era (for years before 1). */
export function wallFormatter(timeZone: string, naming: ZoneNaming): Intl.DateTimeFormat {
  const key = `${naming} ${timeZone}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      timeZoneName: naming,
    });
    formatters.set(key, formatter);
  }
  return formatter;
}
