// The shape of the command table (command-table.ts): what a command takes, said once, so the
// parser, the help and the commands' own types all read the same words. Types, and one word of
// wording both the help and the parser's messages use.

/** How an argument's value is checked before the command runs (argument-kinds.ts). */
export type ValueKind = 'text' | 'file' | 'folder' | 'outdir' | 'zone' | 'instant' | 'choice';

export interface ArgumentSpec {
  /** The placeholder in the usage line, and the argument's key in the command's input. */
  readonly name: string;
  readonly kind: ValueKind;
  /** One sentence for `byline COMMAND --help`. */
  readonly about: string;
  /** The only values allowed, for kind 'choice'. */
  readonly choices?: readonly string[];
  /** May be left out (only the last arguments may be); the command receives undefined. */
  readonly optional?: boolean;
}

export interface ValueOptionSpec {
  readonly kind: ValueKind;
  /** The placeholder for its value in the usage line: TEXT, IANA, ISO. */
  readonly value: string;
  readonly short?: string;
  readonly required?: boolean;
  /** Used when the option is not given; checked like a given value. */
  readonly default?: string;
  /** The only values allowed, for kind 'choice'. */
  readonly choices?: readonly string[];
  readonly about: string;
}

export interface FlagSpec {
  readonly kind: 'flag';
  readonly short?: string;
  readonly about: string;
}

export type OptionSpec = ValueOptionSpec | FlagSpec;

/** An option's value as the usage line shows it: few choices read best spelled out, update|correction. */
export function shownValue(option: ValueOptionSpec): string {
  return option.choices?.join('|') ?? option.value;
}

export interface CommandSpec {
  /** One or two sentences for the command's help: what it does and what it prints. */
  readonly summary: string;
  readonly arguments: readonly ArgumentSpec[];
  /** By long name, without the dashes. */
  readonly options: Readonly<Record<string, OptionSpec>>;
}

type OptionValue<O> = O extends FlagSpec
  ? boolean
  : O extends { required: true } | { default: string }
    ? string
    : string | undefined;

/** What a command receives: its arguments by name, its options by long name, each already checked. */
export type CommandInput<S extends CommandSpec> = {
  readonly [A in S['arguments'][number] as A['name']]: A extends { optional: true } ? string | undefined : string;
} & {
  readonly [O in keyof S['options']]: OptionValue<S['options'][O]>;
};

/** What the command line gives a command beyond its arguments. */
export interface CommandHost {
  /** The import worker's entry: the bundled import-worker.js, or undefined for its TypeScript source. */
  readonly importWorker?: URL;
}
