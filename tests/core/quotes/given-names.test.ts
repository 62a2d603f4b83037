import { describe, expect, it } from 'vitest';
import { givenNameGender } from '../../../core/quotes/given-names';

describe('givenNameGender', () => {
  it('reads the first word of a full name', () => {
    expect([givenNameGender('Maria Costa'), givenNameGender('Omar Haddad'), givenNameGender('Zoë Ångström')]).toEqual([
      'female',
      'male',
      'female',
    ]);
  });

  it('says nothing of a surname alone, a name worn by both, or one it does not know', () => {
    expect([givenNameGender('Costa'), givenNameGender('Alex Morgan'), givenNameGender('Oluwaseun Adebayo')]).toEqual([
      null,
      null,
      null,
    ]);
  });
});
