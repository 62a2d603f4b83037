import { describe, expect, it } from 'vitest';
import { readHtmlPage } from '../../../../electron/library/import/read-html';
import { a, asStored, b, blockquote, doc, h, i, li, p, ul } from '../../../builders/body';
import { blockTexts } from '../../../core/import/fixtures';
import { newsPage, STORY_PARAGRAPHS } from './news-page';

describe('reading a saved news page', () => {
  it('takes the fields from JSON-LD first, over Open Graph and <time>', () => {
    const fields = readHtmlPage(newsPage());

    expect(fields).toMatchObject({
      headline: 'Floods force thousands from their homes in Kabul',
      section: 'World',
      tags: ['floods', 'Kabul'],
      bylines: [
        { name: 'Amina Rahim', role: null },
        { name: 'Omar Khan', role: null },
      ],
      dateline: { place: 'KABUL', timeZone: null },
      published: { kind: 'instant', instant: '2021-02-17T21:14:00+04:30' },
      updated: { kind: 'instant', instant: '2021-02-18T10:02:00Z' },
    });
  });

  it('keeps only the story: subheads, bold, italic, safe links made absolute, lists and block quotations', () => {
    const { body } = readHtmlPage(newsPage());

    const third = STORY_PARAGRAPHS[2]!;
    expect(body).toEqual(
      asStored(
        doc(
          p(STORY_PARAGRAPHS[0]!),
          p(STORY_PARAGRAPHS[1]!),
          h(2, 'Shelters ', i('opened')),
          p(
            'Rescue crews worked through the night with ',
            b('boats'),
            ' borrowed from ',
            a('https://news.example/fishermen', 'fishermen'),
            third.slice(third.indexOf(', and the city')),
          ),
          // The javascript: link is gone; its words stay.
          ul(li(p('Schools in Karte Se')), li(p('Mosques in Dasht-e-Barchi'))),
          blockquote(p('Stay away from the river banks until the water has gone down.')),
          p(`${STORY_PARAGRAPHS[3]!} `, a('mailto:desk@news.example', 'Write to the desk'), '.'),
        ),
      ),
    );
  });

  it('drops the menu, cookie banner, ads, share buttons, captions, related stories, footer and the scripts, which never run', () => {
    const texts = blockTexts(readHtmlPage(newsPage()).body).join('\n');

    for (const furniture of [
      'Home',
      'cookies',
      'Accept all',
      'Advertisement',
      'Facebook',
      'WhatsApp',
      'flooded street',
      'Related stories',
      'Earlier floods',
      '© Kabul Daily',
      'Feb 17',
      'pwned',
    ]) {
      expect(texts).not.toContain(furniture);
    }
  });

  it('falls back to Open Graph without JSON-LD, the site’s name taken off the title', () => {
    const fields = readHtmlPage(newsPage({ jsonLd: false }));

    expect(fields).toMatchObject({
      headline: 'Floods: thousands flee',
      section: 'Asia',
      tags: ['weather'],
      bylines: [{ name: 'Amina Rahim', role: null }],
      dateline: { place: 'KABUL', timeZone: null },
      published: { kind: 'instant', instant: '2021-02-17T20:00:00+04:30' },
      updated: { kind: 'instant', instant: '2021-02-18T09:00:00Z' },
    });
    // The page's own <h1> differs from the social title, so it is kept, as a subhead.
    expect(blockTexts(fields.body).slice(0, 2)).toEqual([
      'Floods force thousands from their homes in Kabul',
      STORY_PARAGRAPHS[0],
    ]);
  });

  it('reads <time datetime> when nothing else dates the page, and never invents a date', () => {
    const story = STORY_PARAGRAPHS.map((text) => `<p>${text}</p>`).join('');
    const dated = readHtmlPage(
      `<html><head><title>Floods</title></head><body><article><h1>Floods</h1><time datetime="2021-02-17T21:14:00+04:30">Feb 17</time><time class="updated" datetime="2021-02-18">Feb 18</time>${story}</article></body></html>`,
    );
    const undated = readHtmlPage(
      `<html><head><title>Floods</title></head><body><article><h1>Floods</h1>${story}</article></body></html>`,
    );

    expect(dated.published).toEqual({ kind: 'instant', instant: '2021-02-17T21:14:00+04:30' });
    expect(dated.updated).toEqual({ kind: 'local', wall: { year: 2021, month: 2, day: 18 }, utc: false });
    expect(undated.headline).toBe('Floods');
    expect(undated.published).toBeNull();
    expect(undated.updated).toBeNull();
  });

  it('survives broken JSON-LD and reads the rest of the page', () => {
    const fields = readHtmlPage(newsPage().replace('"@context"', '@context broken'));

    expect(fields.headline).toBe('Floods: thousands flee');
    expect(blockTexts(fields.body)).toContain(STORY_PARAGRAPHS[1]);
  });

  it('reads a byline and a date line above a plain page’s story as fields, and stops the story at “Related”', () => {
    const page = `<!doctype html><html><head><title>Storm closes harbour</title></head><body><article>
      <h1>Storm closes harbour</h1>
      <p class="byline">By Amina Rahim</p>
      <p>Updated: 18 Feb 2021 10:02 GMT</p>
      <p>PORTHAVEN — The harbour closed at noon on Tuesday as the storm arrived, and the ferries stayed in port.</p>
      <p>Ferries will run again on Friday if the wind drops, the port authority said in a statement.</p>
      <h3>Related</h3>
      <p>Council votes to rebuild the sea wall before the winter storms return to the coast.</p>
    </article></body></html>`;
    const fields = readHtmlPage(page);

    expect(fields.bylines).toEqual([{ name: 'Amina Rahim', role: null }]);
    expect(fields.updated).not.toBeNull();
    expect(fields.dateline).toEqual({ place: 'PORTHAVEN', timeZone: null });
    expect(blockTexts(fields.body)).toEqual([
      'The harbour closed at noon on Tuesday as the storm arrived, and the ferries stayed in port.',
      'Ferries will run again on Friday if the wind drops, the port authority said in a statement.',
    ]);
  });
});
