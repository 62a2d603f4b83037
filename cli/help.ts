// `byline --help` and `byline COMMAND --help`, written from the command table so the help can
// never describe options the parser does not take.
import { shownValue, type CommandSpec, type OptionSpec } from './command-spec';
import { COMMAND_NAMES, COMMANDS, type CommandName } from './command-table';

// Sentences wrap for an 80-column terminal; a usage line stays whole, one line per command.
const WIDTH = 80;

function optionUsage(name: string, option: OptionSpec): string {
  const flag = option.short ? `-${option.short}` : `--${name}`;
  const used = option.kind === 'flag' ? flag : `${flag} ${shownValue(option)}`;
  return option.kind !== 'flag' && option.required ? used : `[${used}]`;
}

/** `byline export FILE [-o OUT] [--fragment] [--ninjs] [--tz IANA]`: the command's one usage line. */
export function usageLine(name: CommandName): string {
  const spec: CommandSpec = COMMANDS[name];
  const words = [
    'byline',
    name,
    ...spec.arguments.map((argument) => (argument.optional ? `[${argument.name}]` : argument.name)),
    ...Object.entries<OptionSpec>(spec.options).map(([option, optionSpec]) => optionUsage(option, optionSpec)),
  ];
  return words.join(' ');
}

/** The words wrapped to the width after `lead` (padded to `indent`), every further line indented as far. */
function wrap(text: string, indent: number, lead = ''): string {
  const lines: string[] = [];
  let line = lead.padEnd(indent);
  let words = 0;
  for (const word of text.split(' ')) {
    if (words > 0 && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = ' '.repeat(indent);
      words = 0;
    }
    line += (words > 0 ? ' ' : '') + word;
    words++;
  }
  return [...lines, line].join('\n');
}

/** Two columns: the terms, padded to the longest, then each one's sentence, wrapped under itself. */
function table(rows: [term: string, about: string][]): string {
  const column = Math.max(...rows.map(([term]) => term.length)) + 4;
  return rows.map(([term, about]) => wrap(about, column, `  ${term}`.padEnd(column))).join('\n');
}

function optionTerm(name: string, option: OptionSpec): string {
  const flags = option.short ? `-${option.short}, --${name}` : `--${name}`;
  return option.kind === 'flag' ? flags : `${flags} ${option.value}`;
}

function optionAbout(option: OptionSpec): string {
  return option.kind !== 'flag' && option.required ? `${option.about} Required.` : option.about;
}

const HELP_OPTION: [string, string] = ['-h, --help', 'Show this help.'];

/** The help of one command: its usage line, what it does, and a sentence for each argument and option. */
export function commandHelp(name: CommandName): string {
  const spec: CommandSpec = COMMANDS[name];
  const options = Object.entries<OptionSpec>(spec.options).map(([option, optionSpec]): [string, string] => [
    optionTerm(option, optionSpec),
    optionAbout(optionSpec),
  ]);
  return [
    `Usage: ${usageLine(name)}`,
    '',
    wrap(spec.summary, 0),
    '',
    'Arguments:',
    table(spec.arguments.map((argument) => [argument.name, argument.about])),
    '',
    'Options:',
    table([...options, HELP_OPTION]),
    '',
  ].join('\n');
}

/** The help of every command whose name starts with `topic` (`stamp`: publish and update). */
export function topicHelp(topic: string): string {
  return COMMAND_NAMES.filter((name) => name.startsWith(`${topic} `))
    .map(commandHelp)
    .join('\n');
}

/** `byline --help`: one line per command with its arguments, then the options every command shares. */
export function generalHelp(): string {
  return [
    wrap(
      "Byline on the command line: the app's articles, checks, stamps and exports, over the same files. " +
        'Every command prints JSON on stdout.',
      0,
    ),
    '',
    'Usage:',
    ...COMMAND_NAMES.map((name) => `  ${usageLine(name)}`),
    '',
    'Options:',
    table([
      ['-h, --help', 'Show this help; after a command, what its arguments and options mean (byline export --help).'],
      ['--version', "Print Byline's version."],
    ]),
    '',
    wrap(
      'Exit codes: 0 done; 1 refused or failed, the reason on stderr; 2 bad arguments, one line on stderr. ' +
        "Without --tz the newsroom's time zone is this system's; stamps, stage moves, comments and suggestions are made by $BYLINE_USER, else the system user name.",
      0,
    ),
    '',
  ].join('\n');
}
