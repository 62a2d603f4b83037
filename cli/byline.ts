// The command line: `byline <command> …` over the same library services as the app.
import { CommandOutcome } from './outcome';
import { listCommand } from './commands/list';
import { newArticleCommand } from './commands/new';
import { quotesCommand } from './commands/quotes';
import { searchCommand } from './commands/search';
import { USAGE, UsageError } from './usage';

const commands: Record<string, (args: string[]) => Promise<unknown>> = {
  new: newArticleCommand,
  list: listCommand,
  search: searchCommand,
  quotes: quotesCommand,
};

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  try {
    const command = name === undefined ? undefined : commands[name];
    if (!command) throw new UsageError(name === undefined ? 'missing a command' : `unknown command: ${name}`);
    const result = await command(args);
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

process.exitCode = await main(process.argv.slice(2));
