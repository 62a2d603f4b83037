// The header and the updates notice readers see, in each date style, and the plain-text copy.
import { describe, expect, it } from 'vitest';
import { createExporter } from '../../../core/export/exporter';
import { DEFAULT_DATE_LABELS, type DateStyle } from '../../../core/settings/settings';
import { doc, p } from '../../builders/body';
import { fullStory, settings, story, update } from '../../builders/article';

const fragment = (dateStyle: DateStyle, header = true) =>
  createExporter(settings({ dateStyle })).fragment(fullStory(doc(p('Body.'))), { header });

describe('the header', () => {
  it('holds kicker, headline, deck, bylines with roles and the dateline, each with its class', () => {
    expect(fragment('ap').html.split('\n').slice(0, 8)).toEqual([
      '<header>',
      '<p class="kicker">Afghanistan</p>',
      '<h1>We will only leave when the time is right: Stoltenberg</h1>',
      '<p class="deck">NATO defence ministers end two days of talks without a decision on troops.</p>',
      '<p class="byline"><span class="byline-name">Amina Rahim</span>, <span class="byline-role">Staff reporter</span></p>',
      '<p class="byline"><span class="byline-name">Jonas Berg</span></p>',
      '<p class="dateline">BRUSSELS</p>',
      expect.stringMatching(/^<p class="published">/),
    ]);
  });

  const styles: { style: DateStyle; published: string; lastUpdated: string }[] = [
    {
      style: 'ap',
      published: 'Published <time datetime="2021-02-18T21:14:00-05:00">Feb. 18, 2021, 9:14 p.m. EST</time>',
      lastUpdated: 'Last Updated On: <time datetime="2021-02-19T10:00:00-05:00">Feb. 19, 2021, 10 a.m. EST</time>',
    },
    {
      style: 'long',
      published: 'Published <time datetime="2021-02-18T21:14:00-05:00">February 18, 2021</time>',
      lastUpdated: 'Last Updated On: <time datetime="2021-02-19T10:00:00-05:00">February 19, 2021</time>',
    },
    {
      style: 'iso',
      published: 'Published <time datetime="2021-02-18T21:14:00-05:00">2021-02-18T21:14:00-05:00</time>',
      lastUpdated: 'Last Updated On: <time datetime="2021-02-19T10:00:00-05:00">2021-02-19T10:00:00-05:00</time>',
    },
  ];
  for (const { style, published, lastUpdated } of styles) {
    it(`prints the published and updated lines in the ${style} style with <time datetime>`, () => {
      const { html } = fragment(style);
      expect(html).toContain(`<p class="published">${published}</p>\n<p class="last-updated">${lastUpdated}</p>\n`);
    });
  }

  it('leaves out the date lines of an article never stamped, and parts the article does not have', () => {
    const { html } = createExporter(settings()).fragment(
      story(doc(p('Body.')), { bylines: [{ name: '', role: null }] }),
      { header: true },
    );
    expect(html).toBe('<header>\n<h1>NATO allies meet</h1>\n</header>\n<p>Body.</p>');
  });

  it('puts the whole line in <time> when a house template has no {date}', () => {
    const labels = { ...DEFAULT_DATE_LABELS, published: 'First published' };
    const { html } = createExporter(settings({ dateLabels: labels })).fragment(fullStory(doc(p('x'))), {
      header: true,
    });
    expect(html).toContain(
      '<p class="published"><time datetime="2021-02-18T21:14:00-05:00">First published</time></p>',
    );
  });
});

describe('the correction notice', () => {
  it('puts the latest correction under the date lines, as newspapers do, linking to the log at the foot', () => {
    const { html } = fragment('ap');
    expect(html).toContain(
      [
        '<p class="last-updated">Last Updated On: <time datetime="2021-02-19T10:00:00-05:00">Feb. 19, 2021, 10 a.m. EST</time></p>',
        '<p class="correction-notice">Correction, <time datetime="2021-02-19T10:00:00-05:00">Feb. 19, 2021, 10 a.m. EST</time>: An earlier version gave the wrong date for the talks. <a href="#updates">See the corrections log</a></p>',
        '</header>',
      ].join('\n'),
    );
  });

  it('repeats only the latest of several corrections, and says how many the log holds', () => {
    const article = story(doc(p('x')), {
      publishedAt: '2021-02-18T21:14:00-05:00',
      updatedAt: '2021-02-19T15:00:00Z',
      updates: [
        update('c1', 'correction', '2021-02-19T12:00:00Z', 'Fixes the minister’s name.'),
        update('c2', 'correction', '2021-02-19T15:00:00Z', 'Fixes a figure.'),
      ],
    });
    const { html } = createExporter(settings()).fragment(article, { header: true });
    const notice = html.split('\n').find((line) => line.startsWith('<p class="correction-notice">'));
    expect(notice).toMatch(/Fixes a figure\. <a href="#updates">See all 2 corrections<\/a><\/p>$/);
    expect(notice).not.toContain('minister');
  });

  it('has no notice for an article with updates but no correction', () => {
    const article = story(doc(p('x')), {
      publishedAt: '2021-02-18T21:14:00-05:00',
      updatedAt: '2021-02-19T15:00:00Z',
      updates: [update('u1', 'update', '2021-02-19T15:00:00Z', 'Adds a quote.')],
    });
    expect(createExporter(settings()).fragment(article, { header: true }).html).not.toContain('correction-notice');
  });
});

describe('the updates notice', () => {
  it('lists every update, clarification and correction after the body, oldest first, without who stamped it', () => {
    const { html } = fragment('ap', false);
    expect(html).toBe(
      [
        '<p>Body.</p>',
        '<footer class="updates" id="updates">',
        '<p class="update">Updated <time datetime="2021-02-19T03:30:00-05:00">Feb. 19, 2021, 3:30 a.m. EST</time>: Adds the minister’s statement.</p>',
        '<p class="clarification">Clarification, <time datetime="2021-02-19T04:00:00-05:00">Feb. 19, 2021, 4 a.m. EST</time>: Makes clear the talks were online.</p>',
        '<p class="correction">Correction, <time datetime="2021-02-19T10:00:00-05:00">Feb. 19, 2021, 10 a.m. EST</time>: An earlier version gave the wrong date for the talks.</p>',
        '</footer>',
      ].join('\n'),
    );
  });

  it('escapes a note and finds the date even when the note comes first in the template', () => {
    const labels = { ...DEFAULT_DATE_LABELS, correction: '{note} (corrected {date})' };
    const article = story(doc(p('x')), {
      updates: [update('u1', 'correction', '2021-02-19T15:00:00Z', 'Not <b>5</b> & "6"')],
      updatedAt: '2021-02-19T15:00:00Z',
    });
    const { html } = createExporter(settings({ dateLabels: labels, dateStyle: 'long' })).fragment(article, {
      header: false,
    });
    expect(html).toContain(
      '<p class="correction">Not &lt;b&gt;5&lt;/b&gt; &amp; "6" (corrected <time datetime="2021-02-19T10:00:00-05:00">February 19, 2021</time>)</p>',
    );
  });
});

describe('the plain-text copy', () => {
  it('gives header, body and notice as blocks separated by blank lines', () => {
    expect(fragment('long').text).toBe(
      [
        'Afghanistan',
        'We will only leave when the time is right: Stoltenberg',
        'NATO defence ministers end two days of talks without a decision on troops.',
        'Amina Rahim, Staff reporter',
        'Jonas Berg',
        'BRUSSELS',
        'Published February 18, 2021',
        'Last Updated On: February 19, 2021',
        'Correction, February 19, 2021: An earlier version gave the wrong date for the talks.',
        'Body.',
        'Updated February 19, 2021: Adds the minister’s statement.',
        'Clarification, February 19, 2021: Makes clear the talks were online.',
        'Correction, February 19, 2021: An earlier version gave the wrong date for the talks.',
      ].join('\n\n'),
    );
  });

  it('gives only body and notice without the header', () => {
    expect(fragment('long', false).text.startsWith('Body.\n\nUpdated February 19, 2021')).toBe(true);
  });
});
