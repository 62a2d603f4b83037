// The one parser of the command line: the command's name, then its arguments read by Node's
// util.parseArgs against the command table. Every rule is the same for every command: options
// anywhere, `--name value` or `--name=value`, each at most once; `--` ends the options, so a file
// named "-x" is `-- -x`; a value that starts with a dash is written `--name=-x`.
import { parseArgs } from 'node:util';
import { checkedValue } from './argument-kinds';
import { shownValue, type CommandSpec, type OptionSpec } from './command-spec';
import { COMMAND_NAMES, COMMANDS, type CommandName } from './command-table';
import { UsageError } from './usage';

export type Request =
  { kind: 'help'; topic?: string } | { kind: 'version' } | { kind: 'run'; name: CommandName; args: string[] };

const isHelp = (token: string | undefined) => token === '--help' || token === '-h';

/** Commands named in two words share their first: `stamp publish`, `stamp update`. */
function subcommands(group: string): string[] {
  return COMMAND_NAMES.filter((name) => name.startsWith(`${group} `)).map((name) => name.slice(group.length + 1));
}

function isCommand(name: string): name is CommandName {
  return Object.hasOwn(COMMANDS, name);
}

/** Which command the words ask for, or the help or the version; the rest are its arguments. */
export function identifyCommand(argv: readonly string[]): Request {
  const [first, second, ...rest] = argv;
  if (first === undefined) throw new UsageError('missing a command');
  if (isHelp(first)) return { kind: 'help' };
  if (first === '--version') return { kind: 'version' };
  if (first.startsWith('-') && first !== '-') throw new UsageError(`unknown option: ${first}`);
  if (isCommand(first)) return { kind: 'run', name: first, args: argv.slice(1) };
  const group = subcommands(first);
  if (group.length === 0) throw new UsageError(`unknown command: ${first}`);
  if (isHelp(second)) return { kind: 'help', topic: first };
  const choices = group.join(' or ');
  if (second === undefined) throw new UsageError(`missing what to ${first}: ${choices}`);
  const name = `${first} ${second}`;
  if (!isCommand(name)) throw new UsageError(`unknown ${first}: ${second} (${choices})`);
  return { kind: 'run', name, args: rest };
}

export type ParsedArguments = Record<string, string | boolean | undefined>;

type Token = NonNullable<ReturnType<typeof parseArgs>['tokens']>[number];
type OptionToken = Extract<Token, { kind: 'option' }>;

function parseArgsOptions(spec: CommandSpec) {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {
    help: { type: 'boolean', short: 'h' },
  };
  for (const [name, option] of Object.entries<OptionSpec>(spec.options))
    options[name] = {
      type: option.kind === 'flag' ? 'boolean' : 'string',
      ...(option.short ? { short: option.short } : {}),
    };
  return options;
}

/** An option's value as given, or a UsageError for a value it lacks or should not have. */
function optionValue(token: OptionToken, option: OptionSpec): string | boolean {
  if (option.kind === 'flag') {
    if (token.value !== undefined) throw new UsageError(`${token.rawName} takes no value`);
    return true;
  }
  const value = token.value;
  // parseArgs takes the next word as the value even when it is an option: `-o --ninjs`.
  if (value === undefined || (!token.inlineValue && value.startsWith('-') && value !== '-'))
    throw new UsageError(
      `${token.rawName} needs a value${value === undefined ? '' : `; write --${token.name}=${value} if that is the value`}`,
    );
  if (value === '' && option.kind !== 'text') throw new UsageError(`${token.rawName} needs a value`);
  return value;
}

/** Each option given, by long name, with its value; unknown, repeated or valueless ones refused. */
function givenOptions(spec: CommandSpec, tokens: OptionToken[]): Map<string, string | boolean> {
  const given = new Map<string, string | boolean>();
  for (const token of tokens) {
    const option = Object.hasOwn(spec.options, token.name) ? spec.options[token.name] : undefined;
    if (option === undefined) throw new UsageError(`unknown option: ${token.rawName}`);
    if (given.has(token.name)) throw new UsageError(`${token.rawName} is given twice`);
    given.set(token.name, optionValue(token, option));
  }
  return given;
}

/** The arguments given, exactly as many as the command takes (an optional one may be left out). */
function givenArguments(spec: CommandSpec, positionals: string[]): string[] {
  spec.arguments.forEach((argument, at) => {
    const value = positionals[at];
    if ((value === undefined && !argument.optional) || (value === '' && argument.kind !== 'text'))
      throw new UsageError(`missing ${argument.name}`);
  });
  const extra = positionals[spec.arguments.length];
  if (extra !== undefined) throw new UsageError(`unexpected argument: ${extra}`);
  return positionals;
}

/**
 * The command's arguments by name and its options by long name, each checked against the table,
 * or 'help' when `--help` is among them. Anything else is a UsageError with one line to say.
 */
export function parseCommandArguments(name: CommandName, args: string[]): ParsedArguments | 'help' {
  const spec: CommandSpec = COMMANDS[name];
  const { tokens } = parseArgs({
    args,
    options: parseArgsOptions(spec),
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const optionTokens = tokens.filter((token): token is OptionToken => token.kind === 'option');
  if (optionTokens.some((token) => token.name === 'help')) return 'help';
  const given = givenOptions(spec, optionTokens);
  const positionals = givenArguments(
    spec,
    tokens.flatMap((token) => (token.kind === 'positional' ? [token.value] : [])),
  );
  const options = Object.entries<OptionSpec>(spec.options);
  for (const [option, optionSpec] of options)
    if (optionSpec.kind !== 'flag' && optionSpec.required && !given.has(option))
      throw new UsageError(`${name} needs --${option} ${shownValue(optionSpec)}`);

  // Only now, with every word in its place, are the values themselves checked (a folder looked up).
  const parsed: ParsedArguments = {};
  spec.arguments.forEach((argument, at) => {
    const value = positionals[at];
    parsed[argument.name] =
      value === undefined
        ? undefined
        : checkedValue(argument.kind, value, { label: argument.name, choices: argument.choices });
  });
  for (const [option, optionSpec] of options) {
    const value = given.get(option);
    if (optionSpec.kind === 'flag') parsed[option] = value === true;
    else {
      const raw = typeof value === 'string' ? value : optionSpec.default;
      parsed[option] =
        raw === undefined
          ? undefined
          : checkedValue(optionSpec.kind, raw, { label: `--${option}`, choices: optionSpec.choices });
    }
  }
  return parsed;
}
