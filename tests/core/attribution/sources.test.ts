// The source list's operations: nothing a reporter wrote down is lost, contact notes never copied.
import { describe, expect, it } from 'vitest';
import { newSource } from '../../../core/article/source';
import {
  addSource,
  editSource,
  findSourceByName,
  mergeSources,
  removeSource,
  sourceForClipboard,
} from '../../../core/attribution/sources';

const jens = newSource('jens', 'Jens Stoltenberg', { title: 'NATO Secretary General', contactNotes: '+32 555 0100' });
const duplicate = newSource('dup', 'J. Stoltenberg', {
  organisation: 'NATO',
  verified: true,
  contactNotes: 'press office',
});
const ana = newSource('ana', 'Ana Ruiz');

describe('the source list', () => {
  it('adds, edits and removes sources without touching the others', () => {
    const list = addSource([jens], ana);
    expect(list.map((source) => source.name)).toEqual(['Jens Stoltenberg', 'Ana Ruiz']);
    expect(editSource(list, 'ana', { title: 'Mayor' })[1]).toMatchObject({ name: 'Ana Ruiz', title: 'Mayor' });
    expect(removeSource(list, 'jens')).toEqual([ana]);
  });

  it('merges a duplicate into the kept source, keeping what only the duplicate knew', () => {
    const merged = mergeSources([jens, duplicate, ana], 'jens', 'dup');
    expect(merged.map((source) => source.id)).toEqual(['jens', 'ana']);
    expect(merged[0]).toMatchObject({
      name: 'Jens Stoltenberg',
      title: 'NATO Secretary General',
      organisation: 'NATO',
      verified: true,
      contactNotes: '+32 555 0100\n\npress office',
    });
  });

  it('finds a source by name regardless of case and spacing', () => {
    expect(findSourceByName([jens, ana], '  jens   stoltenberg')?.id).toBe('jens');
    expect(findSourceByName([jens, ana], 'Stoltenberg')).toBeUndefined();
  });

  it('copies a source without its private contact notes', () => {
    const copy = sourceForClipboard(jens);
    expect(copy).toContain('Jens Stoltenberg');
    expect(copy).toContain('NATO Secretary General');
    expect(copy).not.toContain('+32');
  });
});
