// The newsroom's time zone on the command line, which has no settings file: --tz, else this system's.
import { isTimeZone } from '../core/dates/zones';
import { UsageError } from './usage';

/** The zone --tz gave (already checked by the parser), else the one this system reports. */
export function newsroomZone(tz: string | undefined): string {
  if (tz !== undefined) return tz;
  const system = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  if (!isTimeZone(system))
    throw new UsageError(`cannot tell this system's time zone (${system}): give one with --tz, like Europe/Berlin`);
  return system;
}
