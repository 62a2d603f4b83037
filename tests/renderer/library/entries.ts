// Test helper: an article's entry in the library list, as listLibrary answers it.
import type { LibraryEntry } from '../../../core/ipc/contract';

type ArticleEntry = Extract<LibraryEntry, { kind: 'article' }>;

/** A readable draft `<id>.byline.json`, with any field given in place of the defaults. */
export function articleEntry(id: string, headline: string, fields: Partial<ArticleEntry> = {}): LibraryEntry {
  return {
    kind: 'article',
    file: `${id}.byline.json`,
    id,
    headline,
    section: '',
    status: 'draft',
    savedAt: '2025-03-01T09:00:00.000Z',
    words: 10,
    readOnly: null,
    stage: 'draft',
    assignee: null,
    due: null,
    ...fields,
  };
}
