// Bad arguments: one line on stderr and exit code 2, so scripts can tell them from failures.
import type { CommandName } from './command-table';

export class UsageError extends Error {
  /** The command whose arguments were wrong, once known: its usage line goes with the message. */
  command: CommandName | undefined;
}
