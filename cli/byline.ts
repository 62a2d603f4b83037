// The command line: `byline <command> …` over the same library services as the app. The words are
// read against the command table (parse-command-line.ts); the command runs, and what it returns is
// printed as one line of JSON. cli/bin.mjs starts it, from the bundle or from these sources.
import { version } from '../package.json';
import type { CommandHost, CommandInput } from './command-spec';
import { COMMANDS, type CommandName } from './command-table';
import { commandHelp, generalHelp, topicHelp, usageLine } from './help';
import { CommandOutcome } from './outcome';
import { identifyCommand, parseCommandArguments } from './parse-command-line';
import { UsageError } from './usage';

type Command<N extends CommandName> = (
  input: CommandInput<(typeof COMMANDS)[N]>,
  host: CommandHost,
) => Promise<unknown>;

// Each command loads only what it needs: `list` never waits for the exporter, jsdom or the import worker.
const LOADERS: { [N in CommandName]: () => Promise<Command<N>> } = {
  new: async () => (await import('./commands/new')).newArticleCommand,
  list: async () => (await import('./commands/list')).listCommand,
  search: async () => (await import('./commands/search')).searchCommand,
  quotes: async () => (await import('./commands/quotes')).quotesCommand,
  check: async () => (await import('./commands/check')).checkCommand,
  'stamp publish': async () => (await import('./commands/stamp')).stampPublishCommand,
  'stamp update': async () => (await import('./commands/stamp')).stampUpdateCommand,
  review: async () => (await import('./commands/review')).reviewCommand,
  stage: async () => (await import('./commands/stage')).stageCommand,
  comment: async () => (await import('./commands/comment')).commentCommand,
  resolve: async () => (await import('./commands/resolve')).resolveCommand,
  suggest: async () => (await import('./commands/suggest')).suggestCommand,
  accept: async () => (await import('./commands/decide')).acceptCommand,
  reject: async () => (await import('./commands/decide')).rejectCommand,
  history: async () => (await import('./commands/history')).historyCommand,
  diff: async () => (await import('./commands/diff')).diffCommand,
  restore: async () => (await import('./commands/restore')).restoreCommand,
  import: async () => (await import('./commands/import')).importCommand,
  export: async () => (await import('./commands/export')).exportCommand,
  'export-all': async () => (await import('./commands/export-all')).exportAllCommand,
};

/** Loads a command's code ahead of its first run (the concurrency tests race commands, not module loads). */
export async function loadCommand(name: CommandName): Promise<void> {
  await LOADERS[name]();
}

/** What `byline` prints on stdout for these words, and its exit code. Failures are thrown. */
export async function runCommand(argv: string[], host: CommandHost): Promise<{ text: string; exitCode: number }> {
  const request = identifyCommand(argv);
  if (request.kind === 'version') return { text: `${version}\n`, exitCode: 0 };
  if (request.kind === 'help')
    return { text: request.topic === undefined ? generalHelp() : topicHelp(request.topic), exitCode: 0 };
  const { name } = request;
  try {
    const input = parseCommandArguments(name, request.args);
    if (input === 'help') return { text: commandHelp(name), exitCode: 0 };
    const command = (await LOADERS[name]()) as Command<CommandName>;
    const result = await command(input as CommandInput<(typeof COMMANDS)[CommandName]>, host);
    const outcome = result instanceof CommandOutcome ? result : new CommandOutcome(result, 0);
    return { text: JSON.stringify(outcome.output) + '\n', exitCode: outcome.exitCode };
  } catch (error) {
    if (error instanceof UsageError) error.command = name;
    throw error;
  }
}

/**
 * A reader that stops early (`byline quotes F | head -c 20`) closes the pipe: nobody is left to
 * tell, so the command ends quietly with its own exit code. Any other failure to write the output
 * (a full disk behind `> out.json`) is said in one line and exits 1.
 */
function endQuietlyOnClosedPipes(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') return;
    process.exitCode = 1;
    process.stderr.write(`byline: could not write the output: ${error.message}\n`);
  });
  process.stderr.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') process.exitCode = 1;
  });
}

/** The one line a failure prints on stderr, and its exit code: 2 for bad arguments, else 1. */
function failure(error: unknown): { line: string; exitCode: number } {
  if (!(error instanceof UsageError))
    return { line: `byline: ${error instanceof Error ? error.message : String(error)}`, exitCode: 1 };
  const hint = error.command === undefined ? 'byline --help lists the commands' : `usage: ${usageLine(error.command)}`;
  return { line: `byline: ${error.message} (${hint})`, exitCode: 2 };
}

/** Runs `byline` with these words in this process: prints, and sets the exit code. */
export async function runCommandLine(argv: string[], host: CommandHost): Promise<void> {
  endQuietlyOnClosedPipes();
  let exitCode: number;
  try {
    const answer = await runCommand(argv, host);
    process.stdout.write(answer.text);
    exitCode = answer.exitCode;
  } catch (error) {
    const said = failure(error);
    process.stderr.write(said.line + '\n');
    exitCode = said.exitCode;
  }
  // A failed write of the output may have set the exit code already: keep it.
  process.exitCode = process.exitCode || exitCode;
}
