// The window title: the headline, and a dot while there are unsaved changes.

export function windowTitle(headline: string | null, unsaved: boolean): string {
  if (headline === null) return 'Byline';
  return `${unsaved ? '• ' : ''}${headline.trim() || 'Untitled'} — Byline`;
}
