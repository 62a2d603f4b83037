// `byline --help`, `byline COMMAND --help` and `byline --version`: what a reporter types first.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { byline, runByline } from './fixtures/run-byline';

/** The command lines of the README's "Command line" section, as `byline …`, their comments left off. */
function readmeCommandLines(): string[] {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('## Command line'), readme.indexOf('## Dates, stamps'));
  return [...section.matchAll(/^npm run -s byline -- (.*?)\s*(#.*)?$/gm)].map((match) => `byline ${match[1]}`);
}

/** The lines under "Usage:" in the general help, up to the blank line. */
function usageLines(help: string): string[] {
  const [, block = ''] = /\nUsage:\n([\s\S]*?)\n\n/.exec(help) ?? [];
  return block.split('\n').map((line) => line.trim());
}

describe('byline --help', () => {
  it('prints one line per command with its arguments, the same lines as the README, then the options', async () => {
    const { code, stdout, stderr } = await byline('--help');

    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect([...usageLines(stdout), 'byline --help', 'byline --version']).toEqual(readmeCommandLines());
    expect(stdout).toMatch(/\n\nOptions:\n {2}-h, --help {2,}Show this help; after a command, what its arguments/);
    expect(stdout).toMatch(/\n {2}--version {2,}Print Byline's version\.\n/);
    expect(stdout).toContain('Exit codes: 0 done; 1 refused or failed, the reason on stderr; 2 bad arguments');
  });

  it('keeps every sentence within 80 columns; only a usage line may run longer', async () => {
    const { stdout } = await byline('-h');

    const long = stdout.split('\n').filter((line) => line.length > 80 && !line.startsWith('  byline '));
    expect(long).toEqual([]);
  });

  it('answers through npm as the README writes it', async () => {
    const { code, stdout } = await runByline(['--help'], { viaNpm: true });

    expect(code).toBe(0);
    expect(stdout).toContain('  byline export-all FOLDER OUTDIR [--tz IANA]\n');
  });
});

describe('byline COMMAND --help', () => {
  it('shows the usage line, what the command does, and a sentence for each argument and option', async () => {
    const { code, stdout, stderr } = await byline('export', '--help');

    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toBe(
      [
        'Usage: byline export FILE [-o OUT] [--fragment] [--ninjs] [--tz IANA]',
        '',
        'Writes FILE as an HTML page and prints the paths written as {"html","ninjs"}',
        '(ninjs null unless asked for).',
        '',
        'Arguments:',
        '  FILE  An article file (.byline.json).',
        '',
        'Options:',
        '  -o, --out OUT  The page to write; default beside FILE, .html in place of',
        '                 .byline.json. Never an article, never a folder.',
        '  --fragment     Only the body, for pasting into a CMS.',
        '  --ninjs        Also write a ninjs 2.0 file beside the page.',
        "  --tz IANA      The newsroom's time zone by its IANA name, like Europe/Berlin;",
        "                 default this system's zone.",
        '  -h, --help     Show this help.',
        '',
      ].join('\n'),
    );
  });

  it.each([
    [
      'new',
      'byline new FOLDER --headline TEXT',
      /--headline TEXT +The headline; the file is named after it\. Required\./,
    ],
    ['list', 'byline list FOLDER', /FOLDER +The library folder: one \.byline\.json file per article\./],
    ['search', 'byline search FOLDER QUERY', /QUERY +Words to find/],
    ['quotes', 'byline quotes FILE [--why]', /FILE +An article file, or a plain-text file\./],
    ['check', 'byline check FILE [--tz IANA]', /exits 1\s+when any problem blocks/],
    [
      'import',
      'byline import FILE [--into FOLDER] [--tz IANA]',
      /--into FOLDER +The library folder; default the current/,
    ],
    [
      'export-all',
      'byline export-all FOLDER OUTDIR [--tz IANA]',
      /OUTDIR +The folder for the pages; made when missing\./,
    ],
  ])('byline %s --help starts with "Usage: %s"', async (command, usage, explains) => {
    const { code, stdout } = await byline(command, '--help');

    expect(code).toBe(0);
    expect(stdout.startsWith(`Usage: ${usage}\n\n`)).toBe(true);
    expect(stdout).toMatch(explains);
  });

  it('explains both stamps under byline stamp --help, each option with its sentence', async () => {
    const { code, stdout } = await byline('stamp', '--help');

    expect(code).toBe(0);
    expect(stdout).toContain('Usage: byline stamp publish FILE [--at ISO] [--override REASON] [--tz IANA]\n');
    expect(stdout).toContain(
      'Usage: byline stamp update FILE --kind update|correction|clarification --note TEXT [--at ISO] [--tz IANA]\n',
    );
    expect(stdout).toMatch(/--override REASON +Publish despite blocking problems; the reason goes/);
    expect(stdout).toMatch(
      /--kind KIND +What kind of change this is: update, correction or clarification\.\s+Required\./,
    );
  });

  it('answers --help even among words it would refuse, and changes nothing', async () => {
    const { code, stdout, stderr } = await byline('stamp', 'update', 'no-such.byline.json', '--bogus', '-h');

    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/^Usage: byline stamp update FILE/);
  });

  it('takes a file named --help after --, as any other file', async () => {
    const { code, stderr } = await byline('check', '--', '--help');

    expect(code).toBe(1);
    expect(stderr).toMatch(/^byline: cannot read --help: there is no such file \(ENOENT\)\n$/);
  });
});

describe('byline --version', () => {
  it('prints the version in package.json and nothing else', async () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

    const { code, stdout, stderr } = await byline('--version');

    expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
});
