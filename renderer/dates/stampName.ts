// Whose name goes on a stamp when Settings has no "Your name": the name typed in the last stamp
// dialog of this session, else the newsroom's default byline, so nobody types it twice.
import type { Settings } from '../../core/settings/settings';

let lastTyped = '';

/** The name to offer in a stamp dialog that asks for one. */
export function offeredName(settings: Pick<Settings, 'defaultByline'>): string {
  return lastTyped !== '' ? lastTyped : settings.defaultByline.trim();
}

/** Remembers a name a stamp went through with, for the next dialog. */
export function rememberName(name: string): void {
  if (name.trim() !== '') lastTyped = name.trim();
}
