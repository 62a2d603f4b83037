// `byline export FILE [-o OUT] [--fragment] [--ninjs] [--tz IANA]`: one article file to an HTML
// page (default beside it, `.html` in place of `.byline.json`), or with --fragment only its body
// for a CMS; --ninjs adds `<name>.ninjs.json` beside the page. Prints {"html","ninjs"} (absolute
// paths; ninjs null unless asked for).
//
// The command line has no settings file: it exports with the app's default settings in the
// newsroom zone given by --tz, else this system's zone.
import { defaultSettings, type Settings } from '../../core/settings/settings';
import { exportOne, type ExportOneResult } from '../../electron/library/export/export-one';
import type { CommandInput } from '../command-spec';
import type { COMMANDS } from '../command-table';
import { newsroomZone } from '../newsroom';

/** The app's default settings in the zone given by --tz, else this system's zone. */
export function commandLineSettings(tz: string | undefined): Settings {
  return defaultSettings(newsroomZone(tz));
}

export async function exportCommand(input: CommandInput<typeof COMMANDS.export>): Promise<ExportOneResult> {
  return exportOne(input.FILE, {
    settings: commandLineSettings(input.tz),
    out: input.out,
    fragment: input.fragment,
    ninjs: input.ninjs,
  });
}
