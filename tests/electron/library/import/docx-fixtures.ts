// Word files made on the spot with the `docx` package, so no binary fixture is committed.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';

export async function writeDocx(name: string, children: Paragraph[]): Promise<string> {
  const document = new Document({
    // Word's own Subtitle style; the `docx` package ships Title and headings but not this one.
    styles: { paragraphStyles: [{ id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', run: { italics: true } }] },
    numbering: {
      config: [{ reference: 'steps', levels: [{ level: 0, format: 'decimal', text: '%1.', alignment: 'left' }] }],
    },
    sections: [{ children }],
  });
  const path = join(mkdtempSync(join(tmpdir(), 'byline-docx-')), name);
  writeFileSync(path, await Packer.toBuffer(document));
  return path;
}

/** A council story with every structure a reporter's Word file has: title, subtitle, subheads, runs, a link, both kinds of list. */
export function councilStory(): Paragraph[] {
  return [
    new Paragraph({ text: 'Council approves flood budget', heading: HeadingLevel.TITLE }),
    new Paragraph({ text: 'Money for levees after a wet winter', style: 'Subtitle' }),
    new Paragraph({
      children: [
        new TextRun('KABUL — The council voted on '),
        new TextRun({ text: 'Tuesday', bold: true }),
        new TextRun(' to '),
        new TextRun({ text: 'approve', italics: true }),
        new TextRun(' the budget. '),
        new ExternalHyperlink({
          link: 'https://example.com/budget',
          children: new Array(new TextRun('Read the budget')),
        }),
      ],
    }),
    new Paragraph({ text: 'What it pays for', heading: HeadingLevel.HEADING_1 }),
    new Paragraph({ text: 'Levees', bullet: { level: 0 } }),
    new Paragraph({ text: 'Pumps', bullet: { level: 0 } }),
    new Paragraph({ text: 'Vote on the plan', numbering: { reference: 'steps', level: 0 } }),
    new Paragraph({ text: 'Start the works', numbering: { reference: 'steps', level: 0 } }),
    new Paragraph({ text: 'Who objected', heading: HeadingLevel.HEADING_2 }),
    new Paragraph({ text: '“We needed this money years ago,” Mayor Ana Ruiz said.' }),
  ];
}
