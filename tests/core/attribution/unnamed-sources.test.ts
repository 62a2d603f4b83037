// An unnamed speaker becomes a source without a name whose role is the noun phrase the text gives.
import { describe, expect, it } from 'vitest';
import { newSource } from '../../../core/article/source';
import {
  findSourceForSpeaker,
  isUnnamedSpeaker,
  sourceForSpeaker,
  sourceLabel,
  speakerLabel,
  type SuggestedSpeaker,
} from '../../../core/attribution/unnamed-sources';

const speaker = (name: string, kind: SuggestedSpeaker['speakerKind'] = 'person', title: string | null = null) => ({
  speaker: name,
  speakerTitle: title,
  speakerKind: kind,
});

describe('unnamed sources', () => {
  it('takes the detector’s word, else a lower-case noun phrase, as unnamed', () => {
    expect(isUnnamedSpeaker(speaker('a NATO spokesperson', 'unnamed'))).toBe(true);
    expect(isUnnamedSpeaker(speaker('officials'))).toBe(true);
    expect(isUnnamedSpeaker(speaker('a police officer', null))).toBe(true);
    expect(isUnnamedSpeaker(speaker('Jens Stoltenberg'))).toBe(false);
    expect(isUnnamedSpeaker(speaker('NATO', 'organisation'))).toBe(false);
    expect(isUnnamedSpeaker(speaker('Ángela Ruiz'))).toBe(false);
  });

  it('creates a source with no name and the phrase as its role, never a person named "a NATO spokesperson"', () => {
    expect(sourceForSpeaker('s1', speaker('a NATO spokesperson', 'unnamed'))).toMatchObject({
      id: 's1',
      name: '',
      title: 'a NATO spokesperson',
      kind: 'person',
    });
    expect(sourceForSpeaker('s2', speaker('Jens Stoltenberg', 'person', 'NATO Secretary General'))).toMatchObject({
      name: 'Jens Stoltenberg',
      title: 'NATO Secretary General',
    });
    expect(sourceForSpeaker('s3', speaker('NATO', 'organisation'))).toMatchObject({
      name: 'NATO',
      kind: 'organisation',
    });
  });

  it('finds the unnamed source made before, and an older file’s source named by the phrase', () => {
    const unnamed = newSource('u', '', { title: 'a NATO  Spokesperson' });
    const named = newSource('n', 'Jens Stoltenberg');
    expect(findSourceForSpeaker([named, unnamed], speaker('a NATO spokesperson', 'unnamed'))).toBe(unnamed);
    const legacy = newSource('l', 'officials');
    expect(findSourceForSpeaker([legacy], speaker('officials'))).toBe(legacy);
    expect(findSourceForSpeaker([unnamed], speaker('Jens Stoltenberg'))).toBeUndefined();
  });

  it('says who it is: the offer and the lists', () => {
    expect(speakerLabel(speaker('a NATO spokesperson', 'unnamed'))).toBe('an unnamed source: a NATO spokesperson');
    expect(speakerLabel(speaker('Jens Stoltenberg'))).toBe('Jens Stoltenberg');
    expect(sourceLabel(newSource('u', '', { title: 'a police officer' }))).toBe('Unnamed source (a police officer)');
    expect(sourceLabel(newSource('u', ''))).toBe('Unnamed source');
    expect(sourceLabel(newSource('n', 'Ana Ruiz'))).toBe('Ana Ruiz');
  });
});
