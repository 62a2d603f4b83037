import { describe, expect, it } from 'vitest';
import { readPageText } from '../../../core/import/page-text';
import { blockTexts, seedText } from './fixtures';

const page = (...lines: string[]) => lines.join('\n');

describe('reading a news page copied as plain text', () => {
  it('reads the seed: section, headline, no published date, the updated day, and the story without furniture', () => {
    const fields = readPageText(seedText());

    expect(fields.section).toBe('Latest News');
    expect(fields.headline).toBe('We will only leave when the time is right: Stoltenberg');
    expect(fields.published).toBeNull();
    expect(fields.updated).toEqual({ kind: 'local', wall: { year: 2021, month: 2, day: 18 }, utc: false });
    const paragraphs = blockTexts(fields.body);
    expect(paragraphs).toHaveLength(14);
    expect(paragraphs[0]).toMatch(/^NATO Secretary General Jens Stoltenberg said on Wednesday night/);
    expect(paragraphs.at(-1)).toMatch(/Stoltenberg said\.$/);
    for (const furniture of ['Trending', 'Exit mobile version', 'Published', 'on', 'Latest News'])
      expect(paragraphs).not.toContain(furniture);
    expect(paragraphs.every((text) => text === text.trim() && !text.includes('\u00a0'))).toBe(true);
  });

  it.each([
    ['Windows line endings', (text: string) => text.replace(/\n/g, '\r\n')],
    ['old Mac line endings', (text: string) => text.replace(/\n/g, '\r')],
    ['blank lines made of no-break spaces', (text: string) => text.replace(/\n\n/g, '\n\u00a0\u00a0\n')],
    [
      'no-break spaces around every line',
      (text: string) =>
        text
          .split('\n')
          .map((line) => `\u00a0${line}\u00a0 `)
          .join('\n'),
    ],
  ])('reads the seed with %s exactly as the original', (_name, variant) => {
    expect(readPageText(variant(seedText()))).toEqual(readPageText(seedText()));
  });

  it('finds bylines, the dateline and both dates, and drops menus, ads, share buttons and the cookie banner', () => {
    const fields = readPageText(
      page(
        'Skip to content',
        'Home | World | Business | Sport',
        'We use cookies to improve your experience. Accept all',
        'World',
        'Floods force thousands from their homes',
        'Rescue crews work through the night as rivers rise',
        'By Jane Doe and Omar Khan | Staff reporters',
        'Published on February 17, 2021 9:14 pm',
        'Updated: 18 Feb 2021 10:02 GMT',
        'Facebook Twitter WhatsApp',
        'KABUL (Reuters) - Floods swept through three districts on Wednesday, officials said.',
        'Advertisement',
        'Related: Earlier floods left 40 dead',
        '“We lost everything,” said resident Ana Ruiz, standing in the mud.',
        'Share this:',
        'Click to share on Facebook (Opens in new window)',
        'Another story entirely that must not be imported.',
      ),
    );

    expect(fields).toMatchObject({
      section: 'World',
      headline: 'Floods force thousands from their homes',
      deck: 'Rescue crews work through the night as rivers rise',
      bylines: [
        { name: 'Jane Doe', role: 'Staff reporters' },
        { name: 'Omar Khan', role: 'Staff reporters' },
      ],
      dateline: { place: 'KABUL', timeZone: null },
      published: {
        kind: 'local',
        wall: { year: 2021, month: 2, day: 17, hour: 21, minute: 14, second: 0 },
        utc: false,
      },
      updated: { kind: 'local', wall: { year: 2021, month: 2, day: 18, hour: 10, minute: 2, second: 0 }, utc: true },
    });
    expect(blockTexts(fields.body)).toEqual([
      'Floods swept through three districts on Wednesday, officials said.',
      '“We lost everything,” said resident Ana Ruiz, standing in the mud.',
    ]);
  });

  it('takes a "Name | Role" byline and a date alone under the headline as the publication date', () => {
    const fields = readPageText(
      page(
        'Council approves budget',
        'Jane Doe | Kabul correspondent',
        'Wednesday, February 17, 2021',
        'KABUL — The council approved the budget on Wednesday after a long debate.',
      ),
    );

    expect(fields.headline).toBe('Council approves budget');
    expect(fields.section).toBe('');
    expect(fields.bylines).toEqual([{ name: 'Jane Doe', role: 'Kabul correspondent' }]);
    expect(fields.published).toEqual({ kind: 'local', wall: { year: 2021, month: 2, day: 17 }, utc: false });
    expect(fields.updated).toBeNull();
  });

  it('never invents a date: a page without one has neither', () => {
    const fields = readPageText(
      page(
        'Council approves budget',
        'Published',
        'on',
        'The council approved the budget on Wednesday after a long debate.',
      ),
    );

    expect(fields.published).toBeNull();
    expect(fields.updated).toBeNull();
    expect(blockTexts(fields.body)).toEqual(['The council approved the budget on Wednesday after a long debate.']);
  });

  it('keeps a first paragraph that opens with "By" as story, and reads tags', () => {
    const fields = readPageText(
      page(
        'Water rises in Kabul',
        'By the time the water rose, most families had already left the district.',
        'Tags: floods, Kabul',
      ),
    );

    expect(fields.bylines).toEqual([]);
    expect(blockTexts(fields.body)).toEqual([
      'By the time the water rose, most families had already left the district.',
    ]);
    expect(fields.tags).toEqual(['floods', 'Kabul']);
  });

  it('takes the first line as the headline when the page has nothing but paragraphs', () => {
    const fields = readPageText(
      page('The council met for six hours on Tuesday and approved the flood budget.', 'It now goes to the governor.'),
    );

    expect(fields.headline).toBe('The council met for six hours on Tuesday and approved the flood budget.');
    expect(blockTexts(fields.body)).toEqual(['It now goes to the governor.']);
  });

  it('keeps a first paragraph too long to be a headline in the story, and leaves the headline to the reporter', () => {
    const opening =
      `The council met for six hours on Tuesday. ${'It heard from residents, engineers and the insurers about the flood wall. '.repeat(20)}`.trim();
    const fields = readPageText(page(opening, 'It now goes to the governor.'));

    expect(fields.headline).toBe('');
    expect(blockTexts(fields.body)).toEqual([opening, 'It now goes to the governor.']);
  });

  it.each(['\f', '\v', '\u2028', '\u00a0'])(
    'reads lines padded with tens of thousands of %j as ordinary spaces',
    (space) => {
      const fields = readPageText(
        page(
          `Home ${space.repeat(50_000)}| News | World`,
          '',
          'Storm closes harbour',
          '',
          `The harbour ${space.repeat(50_000)}closed at noon on Tuesday as the storm arrived.`,
          'Ferries will run again on Friday, the port said.',
        ),
      );

      expect(fields.headline).toBe('Storm closes harbour');
      expect(blockTexts(fields.body)).toEqual([
        'The harbour closed at noon on Tuesday as the storm arrived.',
        'Ferries will run again on Friday, the port said.',
      ]);
    },
  );

  it('reads an empty page as an empty article rather than failing', () => {
    const fields = readPageText('\r\n\u00a0\r\n');

    expect(fields.headline).toBe('');
    expect(fields.body).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });
  it('reads a byline line of 300,000 names and a tags line of 400,000 tags without running out of stack', () => {
    const text = [
      'Harbour wall',
      `By ${'Ann Lee, '.repeat(300_000)}Bo Chen`,
      `Tags: ${'wall, '.repeat(400_000)}storms`,
      'The council voted on Monday to rebuild the old harbour wall before the winter storms came.',
    ].join('\n');

    const fields = readPageText(text);

    expect(fields.bylines).toHaveLength(300_001);
    expect(fields.tags).toEqual(['wall', 'storms']);
    expect(blockTexts(fields.body)).toEqual([
      'The council voted on Monday to rebuild the old harbour wall before the winter storms came.',
    ]);
  });
});
