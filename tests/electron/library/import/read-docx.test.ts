import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HeadingLevel, Paragraph, TextRun } from 'docx';
import { importFile } from '../../../../electron/library/import/import-file';
import { readDocx } from '../../../../electron/library/import/read-docx';
import { a, asStored, b, doc, h, i, li, p, ul } from '../../../builders/body';
import { blockTexts } from '../../../core/import/fixtures';
import { councilStory, writeDocx } from './docx-fixtures';

const read = async (paragraphs: Paragraph[]) => readDocx(readFileSync(await writeDocx('story.docx', paragraphs)));

describe('reading a Word .docx', () => {
  it('keeps its structure: title as headline, subtitle as deck, dateline, runs, link, lists, subheads one level under the title', async () => {
    const fields = await read(councilStory());

    expect(fields).toMatchObject({
      headline: 'Council approves flood budget',
      deck: 'Money for levees after a wet winter',
      dateline: { place: 'KABUL', timeZone: null },
    });
    expect(fields.body).toEqual(
      asStored(
        doc(
          p(
            'The council voted on ',
            b('Tuesday'),
            ' to ',
            i('approve'),
            ' the budget. ',
            a('https://example.com/budget', 'Read the budget'),
          ),
          h(2, 'What it pays for'),
          ul(li(p('Levees')), li(p('Pumps'))),
          {
            type: 'orderedList',
            attrs: { start: 1, type: null },
            content: [li(p('Vote on the plan')), li(p('Start the works'))],
          },
          h(3, 'Who objected'),
          p('“We needed this money years ago,” Mayor Ana Ruiz said.'),
        ),
      ),
    );
  });

  it('takes the first heading as the headline when the document has no title, and does not repeat it', async () => {
    const fields = await read([
      new Paragraph({ text: 'Levee breaks in the night', heading: HeadingLevel.HEADING_2 }),
      new Paragraph({ text: 'Water reached the market by dawn.' }),
      new Paragraph({ text: 'Damage', heading: HeadingLevel.HEADING_3 }),
      new Paragraph({ text: 'Shops lost their stock.' }),
    ]);

    expect(fields.headline).toBe('Levee breaks in the night');
    expect(fields.body).toEqual(
      asStored(doc(p('Water reached the market by dawn.'), h(2, 'Damage'), p('Shops lost their stock.'))),
    );
  });

  it('has an empty headline when the document has neither title nor heading', async () => {
    const fields = await read([new Paragraph({ children: [new TextRun('Only a paragraph.')] })]);

    expect(fields.headline).toBe('');
    expect(blockTexts(fields.body)).toEqual(['Only a paragraph.']);
  });

  it('imports a generated .docx as an article, its quotation found and its speaker left to confirm', async () => {
    const article = await importFile(await writeDocx('council.docx', councilStory()), { timeZone: 'Asia/Kabul' });

    expect(article.slug).toBe('council-approves-flood-budget');
    expect(article.sources).toEqual([]);
    expect(article.internalNote).toContain('1 quotation has a suggested speaker to confirm in the Quotes tab.');
    expect(article.internalNote).toContain('council.docx (Word document)');
  });

  it('refuses a file named .docx that is not one, with the reason', async () => {
    const path = await writeDocx('broken.docx', []);
    writeFileSync(path, 'this is not a zip archive');

    await expect(importFile(path, { timeZone: 'UTC' })).rejects.toThrow(
      /^"broken\.docx" cannot be imported: it is not a Word document Byline can read \(\.docx\)/,
    );
  });
});
