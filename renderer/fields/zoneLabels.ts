// Time zones as a reporter looks for them: "Europe/Brussels (UTC+01:00) — Brussels", grouped by
// region and found by city, zone name or offset. Offsets are read from Intl for the current moment.
import { timeZones } from './fieldRules';

export interface ZoneChoice {
  zone: string;
  /** "Europe/Brussels (UTC+01:00) — Brussels". */
  label: string;
  /** "Europe"; "Other" for zones without a region ("UTC"). */
  region: string;
  /** Lower-case, accents and underscores gone: what a search is compared with. */
  searchText: string;
}

const fold = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[_/]/g, ' ').toLocaleLowerCase();

/** "UTC+01:00" from Intl's "GMT+01:00"; plain "GMT" is UTC+00:00. */
export function offsetLabel(zone: string, at: Date = new Date()): string {
  const part = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((piece) => piece.type === 'timeZoneName')?.value;
  const offset = part?.replace(/^GMT/, '') ?? '';
  return `UTC${offset === '' ? '+00:00' : offset}`;
}

/**
 * Cities the time zone database renamed while some systems still list the old name ("Asia/Calcutta"):
 * the reporter types today's name and reads it beside the zone.
 */
const RENAMED_CITIES: Record<string, string> = {
  Calcutta: 'Kolkata',
  Saigon: 'Ho Chi Minh City',
  Katmandu: 'Kathmandu',
  Kiev: 'Kyiv',
  Rangoon: 'Yangon',
  Godthab: 'Nuuk',
  Ulan_Bator: 'Ulaanbaatar',
  Dacca: 'Dhaka',
  Thimbu: 'Thimphu',
  Ashkhabad: 'Ashgabat',
  Chungking: 'Chongqing',
  Macao: 'Macau',
  Faeroe: 'Faroe',
  Enderbury: 'Kanton',
  Truk: 'Chuuk',
  Ponape: 'Pohnpei',
  Uzhgorod: 'Uzhhorod',
  Zaporozhye: 'Zaporizhzhia',
};

export function zoneChoice(zone: string, at: Date = new Date()): ZoneChoice {
  const segments = zone.split('/');
  const last = segments.length > 1 ? segments.at(-1)! : '';
  const city = (RENAMED_CITIES[last] ?? last).replace(/_/g, ' ');
  const offset = offsetLabel(zone, at);
  const label = city ? `${zone} (${offset}) — ${city}` : `${zone} (${offset})`;
  return {
    zone,
    label,
    region: segments.length > 1 ? segments[0]! : 'Other',
    searchText: fold(`${zone} ${city} ${offset} ${offset.replace(':00', '')}`),
  };
}

let cached: { hour: number; choices: ZoneChoice[] } | null = null;

/** Every zone this system knows, labelled; offsets refreshed at most hourly (daylight saving moves them). */
export function zoneChoices(now: Date = new Date()): ZoneChoice[] {
  const hour = Math.floor(now.getTime() / 3_600_000);
  if (cached?.hour !== hour) cached = { hour, choices: timeZones().map((zone) => zoneChoice(zone, now)) };
  return cached.choices;
}

/** The choices whose zone, city or offset holds every word typed ("brussels", "utc+5:30", "new york"). */
export function searchZones(choices: readonly ZoneChoice[], typed: string): ZoneChoice[] {
  const words = fold(typed).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...choices];
  return choices.filter((choice) => words.every((word) => choice.searchText.includes(word)));
}

/** Choices by region, regions in alphabetical order with "Other" last. */
export function byRegion(choices: readonly ZoneChoice[]): [string, ZoneChoice[]][] {
  const groups = new Map<string, ZoneChoice[]>();
  for (const choice of choices) groups.set(choice.region, [...(groups.get(choice.region) ?? []), choice]);
  return [...groups.entries()].sort(([a], [b]) => (a === 'Other' ? 1 : b === 'Other' ? -1 : a.localeCompare(b)));
}
