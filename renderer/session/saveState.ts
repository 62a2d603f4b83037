// What the save-state indicator says: exactly one of four phrases the reporter can trust.

export type SaveState =
  { kind: 'saved' } | { kind: 'saving' } | { kind: 'unsaved' } | { kind: 'failed'; message: string };

export function saveStateText(state: SaveState): string {
  switch (state.kind) {
    case 'saved':
      return 'Saved';
    case 'saving':
      return 'Saving…';
    case 'unsaved':
      return 'Unsaved changes';
    case 'failed':
      return `Not saved: ${state.message}`;
  }
}
