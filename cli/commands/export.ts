// `byline export FILE [-o OUT] [--fragment] [--ninjs] [--tz IANA]`: one article file to an HTML
// page (default beside it, `.html` in place of `.byline.json`), or with --fragment only its body
// for a CMS; --ninjs adds `<name>.ninjs.json` beside the page. Prints {"html","ninjs"} (absolute
// paths; ninjs null unless asked for).
//
// The command line has no settings file: it exports with the app's default settings in the
// newsroom zone given by --tz, else this system's zone.
import { isTimeZone } from '../../core/dates/zones';
import { defaultSettings, type Settings } from '../../core/settings/settings';
import { exportOne, type ExportOneResult } from '../../electron/library/export/export-one';
import { UsageError } from '../usage';

export interface ParsedArguments {
  positional: string[];
  flags: Set<string>;
  values: Map<string, string>;
}

/**
 * Positional arguments, on/off `flags` and options taking a value (`-o OUT`, `--tz IANA` or
 * `--tz=IANA`), each at most once; anything else starting with `-` is refused.
 */
export function parseArguments(args: string[], flags: readonly string[], valued: readonly string[]): ParsedArguments {
  const parsed: ParsedArguments = { positional: [], flags: new Set(), values: new Map() };
  for (let i = 0; i < args.length; i++) {
    const argument = args[i]!;
    if (!argument.startsWith('-') || argument === '-') {
      parsed.positional.push(argument);
      continue;
    }
    const equals = argument.indexOf('=');
    const name = equals === -1 ? argument : argument.slice(0, equals);
    if (parsed.flags.has(name) || parsed.values.has(name)) throw new UsageError(`${name} is given twice`);
    if (flags.includes(name) && equals === -1) {
      parsed.flags.add(name);
      continue;
    }
    if (!valued.includes(name)) throw new UsageError(`unknown option: ${argument}`);
    const value = equals === -1 ? args[++i] : argument.slice(equals + 1);
    if (value === undefined || value === '') throw new UsageError(`${name} needs a value`);
    parsed.values.set(name, value);
  }
  return parsed;
}

/** The app's default settings in the zone given by --tz, else this system's zone. */
export function commandLineSettings(tz: string | undefined): Settings {
  const zone = tz ?? (Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
  if (!isTimeZone(zone))
    throw new UsageError(`unknown time zone: ${zone} (give an IANA name with --tz, like Europe/Berlin)`);
  return defaultSettings(zone);
}

export async function exportCommand(args: string[]): Promise<ExportOneResult> {
  const { positional, flags, values } = parseArguments(args, ['--fragment', '--ninjs'], ['-o', '--tz']);
  const [file, ...extra] = positional;
  if (file === undefined || file === '') throw new UsageError('missing the FILE');
  if (extra.length > 0) throw new UsageError(`unexpected argument: ${extra[0]}`);
  const settings = commandLineSettings(values.get('--tz'));
  return exportOne(file, {
    settings,
    out: values.get('-o'),
    fragment: flags.has('--fragment'),
    ninjs: flags.has('--ninjs'),
  });
}
