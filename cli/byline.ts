// The command line: `byline <command> …` over the same library services as the app.
import { CommandOutcome } from './outcome';
import { USAGE, UsageError } from './usage';

type Command = (args: string[]) => Promise<unknown>;

// Each command loads only what it needs: a `check` should not wait for the exporter and jsdom to load.
const commands: Record<string, () => Promise<Command>> = {
  new: async () => (await import('./commands/new')).newArticleCommand,
  list: async () => (await import('./commands/list')).listCommand,
  search: async () => (await import('./commands/search')).searchCommand,
  quotes: async () => (await import('./commands/quotes')).quotesCommand,
  check: async () => (await import('./commands/check')).checkCommand,
  stamp: async () => (await import('./commands/stamp')).stampCommand,
  export: async () => (await import('./commands/export')).exportCommand,
  'export-all': async () => (await import('./commands/export-all')).exportAllCommand,
  import: async () => (await import('./commands/import')).importCommand,
};

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

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  try {
    const load = name === undefined || !Object.hasOwn(commands, name) ? undefined : commands[name];
    if (!load) throw new UsageError(name === undefined ? 'missing a command' : `unknown command: ${name}`);
    const result = await (await load())(args);
    const outcome = result instanceof CommandOutcome ? result : new CommandOutcome(result, 0);
    process.stdout.write(JSON.stringify(outcome.output) + '\n');
    return outcome.exitCode;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`byline: ${error.message} (${USAGE})\n`);
      return 2;
    }
    process.stderr.write(`byline: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

endQuietlyOnClosedPipes();
const exitCode = await main(process.argv.slice(2));
// A failed write of the output may have set the exit code already: keep it.
process.exitCode = process.exitCode || exitCode;
