import { describe, expect, it } from 'vitest';
import { detectQuotations } from '../../../core/quotes/detect';
import { blockParagraphs } from '../../../core/quotes/plain-text';
import type { DetectedQuotation } from '../../../core/quotes/types';

function detect(...paragraphs: string[]): DetectedQuotation[] {
  const text = paragraphs.join('\n\n');
  return detectQuotations(blockParagraphs(text), text);
}

const speakers = (...paragraphs: string[]) => detect(...paragraphs).map((quotation) => quotation.speaker);

describe('suggests the speaker from a speech cue', () => {
  const cases: { name: string; paragraphs: string[]; expected: (string | null)[] }[] = [
    {
      name: 'X said after the quotation',
      paragraphs: ['“The road is closed,” Maria Lopez said.'],
      expected: ['Maria Lopez'],
    },
    {
      name: 'said X after the quotation',
      paragraphs: ['“The road is closed,” said Maria Lopez, a police officer.'],
      expected: ['Maria Lopez'],
    },
    {
      name: 'X told reporters: before the quotation',
      paragraphs: ['Maria Lopez told reporters: “The road is closed until Friday.”'],
      expected: ['Maria Lopez'],
    },
    {
      name: 'according to X',
      paragraphs: ['“The road is closed until Friday,” according to Maria Lopez.'],
      expected: ['Maria Lopez'],
    },
    {
      name: 'according to X, before the quotation',
      paragraphs: ['According to Maria Lopez, “the road is closed until Friday.”'],
      expected: ['Maria Lopez'],
    },
    { name: 'X added', paragraphs: ['“We expect more rain tonight,” Maria Lopez added.'], expected: ['Maria Lopez'] },
    {
      name: 'X wrote',
      paragraphs: ['“The data do not support the claim,” Omar Haddad wrote in the report.'],
      expected: ['Omar Haddad'],
    },
    { name: 'X asked', paragraphs: ['“Who will pay for the repairs?” Omar Haddad asked.'], expected: ['Omar Haddad'] },
    {
      name: 'X said in a statement',
      paragraphs: ['“We regret the delay,” Omar Haddad said in a statement.'],
      expected: ['Omar Haddad'],
    },
    {
      name: 'a title before the full name is not part of the name',
      paragraphs: ['“We stand together,” NATO Secretary General Jens Stoltenberg said.'],
      expected: ['Jens Stoltenberg'],
    },
    {
      name: 'a lowercase role before the name',
      paragraphs: ['“The fire is contained,” fire chief Tom Reed said on Sunday.'],
      expected: ['Tom Reed'],
    },
    { name: 'a named organisation', paragraphs: ['“The alliance is ready,” NATO said.'], expected: ['NATO'] },
    {
      name: 'an organisation as a noun phrase',
      paragraphs: ['“Services will resume on Monday,” the ministry said in a statement.'],
      expected: ['the ministry'],
    },
    {
      name: 'an unnamed source by its noun phrase',
      paragraphs: ['“No decision has been taken,” a spokeswoman said.'],
      expected: ['a spokeswoman'],
    },
    {
      name: 'an abbreviated title with a period',
      paragraphs: ['“The ice is thinning,” said Dr. Hanna Berg, a glaciologist.'],
      expected: ['Hanna Berg'],
    },
    {
      name: 'both parts of a split sentence',
      paragraphs: ['“A new school,” Maria Lopez said. “And a clinic.”'],
      expected: ['Maria Lopez', 'Maria Lopez'],
    },
  ];
  for (const { name, paragraphs, expected } of cases) {
    it(name, () => {
      expect(speakers(...paragraphs)).toEqual(expected);
    });
  }
});

describe('traces a later mention back to the name as first introduced', () => {
  const cases: { name: string; paragraphs: string[]; expected: (string | null)[] }[] = [
    {
      name: 'the surname later',
      paragraphs: [
        'NATO Secretary General Jens Stoltenberg spoke in Brussels.',
        '“We will leave together,” Stoltenberg said.',
      ],
      expected: ['Jens Stoltenberg'],
    },
    {
      name: 'the surname later, the full name introduced without a quotation',
      paragraphs: [
        'The study was led by Kofi Mensah of the University of Ghana.',
        '“We checked the numbers twice,” Mensah said.',
      ],
      expected: ['Kofi Mensah'],
    },
    {
      name: 'an organisation’s descriptor to the organisation named earlier',
      paragraphs: [
        'The World Wildlife Fund published the figures on Monday.',
        '“The numbers are still falling,” the fund said.',
      ],
      expected: ['World Wildlife Fund'],
    },
    {
      name: 'a pronoun after the one person named',
      paragraphs: ['Mayor Ann Fox opened the bridge on Monday.', '“It took ten years,” she said.'],
      expected: ['Ann Fox'],
    },
    {
      name: 'a pronoun resolved by gender learnt from a title',
      paragraphs: ['Mr Paul Grant and Mrs Ann Fox met the residents.', '“We heard every complaint,” she said.'],
      expected: ['Ann Fox'],
    },
    {
      name: 'a descriptor to the person introduced with that role',
      paragraphs: ['Tom Reed, the city’s fire chief, arrived at dawn.', '“The building is lost,” the fire chief said.'],
      expected: ['Tom Reed'],
    },
    {
      name: 'a descriptor with no one introduced in that role is the noun phrase',
      paragraphs: ['“The building is lost,” the fire chief said.'],
      expected: ['the fire chief'],
    },
    {
      name: 'a paragraph holding only a quotation, after a paragraph with one speaker',
      paragraphs: ['Maria Lopez said the road would stay closed.', '“We cannot risk another collapse.”'],
      expected: ['Maria Lopez'],
    },
  ];
  for (const { name, paragraphs, expected } of cases) {
    it(name, () => {
      expect(speakers(...paragraphs)).toEqual(expected);
    });
  }
});

describe('abstains when unsure', () => {
  const cases: { name: string; paragraphs: string[] }[] = [
    { name: 'no speaker anywhere', paragraphs: ['“The road is closed until Friday.”'] },
    {
      name: 'a pronoun with two people it could mean',
      paragraphs: [
        'Paul Grant said the plan was dead. Omar Haddad said it was not.',
        '“We agreed on nothing,” he said.',
      ],
    },
    {
      name: 'a pronoun after someone else was named since the last speaker',
      paragraphs: [
        'Mayor Ann Fox said the bridge would open.',
        'Engineer Rita Cole inspected it on Tuesday.',
        '“It is safe,” she said.',
      ],
    },
    {
      name: 'a surname two people share',
      paragraphs: [
        'Paul Grant and Lucy Grant spoke at the meeting.',
        'Paul Grant said the vote was close.',
        'Lucy Grant said it was not.',
        '“It was a fair vote,” Grant said.',
      ],
    },
    {
      name: 'a quotation-only paragraph after a paragraph with two speakers',
      paragraphs: ['Maria Lopez said the road would close; Omar Haddad said it would not.', '“This is a mess.”'],
    },
  ];
  for (const { name, paragraphs } of cases) {
    it(name, () => {
      const quotations = detect(...paragraphs);
      const last = quotations[quotations.length - 1]!;
      expect(last.speaker).toBeNull();
      expect(last.confidence).toBeLessThan(0.5);
    });
  }
});

describe('what the editor needs to create the source', () => {
  it('gives the kind and the title as introduced', () => {
    const [quotation] = detect('“We stand together,” NATO Secretary General Jens Stoltenberg said.');

    expect(quotation).toMatchObject({ speakerKind: 'person', speakerTitle: 'NATO Secretary General' });
  });

  it('marks an organisation and an unnamed source as such', () => {
    const kinds = detect(
      '“The alliance is ready,” NATO said.',
      '“No decision has been taken,” a spokeswoman said.',
    ).map((quotation) => quotation.speakerKind);

    expect(kinds).toEqual(['organisation', 'unnamed']);
  });
});
