// The article's source list as the reporter edits it: each function returns a new list.
import type { Source } from '../article/source';

export function addSource(sources: readonly Source[], source: Source): Source[] {
  return [...sources, source];
}

export function editSource(sources: readonly Source[], id: string, changes: Partial<Omit<Source, 'id'>>): Source[] {
  return sources.map((source) => (source.id === id ? { ...source, ...changes } : source));
}

/**
 * Drops `mergedId` and keeps `keptId`; the kept source inherits what it lacked (a title, notes),
 * so merging a duplicate never loses what the reporter wrote down. The body's quotes are re-pointed
 * separately with the `reassignQuotes` command.
 */
export function mergeSources(sources: readonly Source[], keptId: string, mergedId: string): Source[] {
  const merged = sources.find((source) => source.id === mergedId);
  if (!merged || keptId === mergedId) return [...sources];
  return sources
    .filter((source) => source.id !== mergedId)
    .map((source) => (source.id === keptId ? fillGaps(source, merged) : source));
}

export function removeSource(sources: readonly Source[], id: string): Source[] {
  return sources.filter((source) => source.id !== id);
}

/** A source's name matched loosely, so "jens stoltenberg " finds "Jens Stoltenberg". */
export function findSourceByName(sources: readonly Source[], name: string): Source | undefined {
  const wanted = normalName(name);
  return sources.find((source) => normalName(source.name) === wanted);
}

/** A name as compared: one composition of accents, one space between words, no letter case. */
export function normalName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

function fillGaps(kept: Source, merged: Source): Source {
  const text = (a: string, b: string) => (a.trim() === '' ? b : a);
  const notes = [kept.contactNotes, merged.contactNotes].filter((note) => note.trim() !== '');
  return {
    ...kept,
    title: text(kept.title, merged.title),
    organisation: text(kept.organisation, merged.organisation),
    obtained: kept.obtained ?? merged.obtained,
    when: text(kept.when, merged.when),
    where: text(kept.where, merged.where),
    verified: kept.verified || merged.verified,
    contactNotes: [...new Set(notes)].join('\n\n'),
  };
}

/** A copy of a source fit for the clipboard: the private contact notes are never in it. */
export function sourceForClipboard(source: Source): string {
  const lines = [source.name, source.title, source.organisation, source.where, source.when].filter(
    (line) => line.trim() !== '',
  );
  return lines.join('\n');
}
