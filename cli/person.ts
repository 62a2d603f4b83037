// Who is at the keyboard: every command that writes on the record (a stamp, a stage move, a
// comment, a suggestion, an accept or reject, a restore) signs it with this name.
import { userInfo } from 'node:os';
import { UsageError } from './usage';

/** BYLINE_USER if set, else the operating system's user name. */
export function actingPerson(): string {
  const named = process.env.BYLINE_USER?.trim();
  if (named) return named;
  try {
    const name = userInfo().username.trim();
    if (name) return name;
  } catch {
    // No user entry for this process (a container's bare uid): said below, as when it is blank.
  }
  throw new UsageError('cannot tell who you are: set BYLINE_USER to your name');
}
