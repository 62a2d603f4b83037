// A realistic news story in the library, with every desk field filled, for the screens the
// accessibility audit and the screenshots look at.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { newArticle, type Article } from '../../../core/article/article';
import { ARTICLE_EXTENSION } from '../../../core/article/format';
import { serializeArticle } from '../../../core/article/serialize';
import { a, b, blockquote, br, doc, h, i, li, p, ul, type BodyJSON } from '../../builders/body';
import { Harness } from './harness';
import { openArticle } from './ui';

export const SAMPLE_HEADLINE = 'Storm surge floods harbour district as council weighs new sea wall';

const BODY: BodyJSON = doc(
  p(
    'Sea water poured into the lower harbour district before dawn on Thursday, flooding dozens of homes and shops and cutting the coast road for most of the morning.',
  ),
  p(
    '“We had twenty minutes,” said Rosa Almeida, who runs the bakery on Quay Street. “Then the water was at the counter.”',
  ),
  h(2, 'A wall that was never finished'),
  p(
    'The council approved a ',
    b('£14 million'),
    ' sea wall in 2019, but work stopped after the first phase. A ',
    a('https://example.org/harbour-survey', 'survey published in March'),
    ' warned that the older section was failing.',
  ),
  ul(li(p('312 homes are in the flood zone')), li(p('The next spring tide is due on 14 April'))),
  blockquote(p('The defences did what they could. They were built for the sea of 1970, not the sea of today.')),
  p(
    'Councillors meet on Monday to decide whether to bring the second phase forward.',
    br(),
    i('Additional reporting by Tom Okafor.'),
  ),
);

/** Writes the sample story into the library folder, as the harness's prepareLibrary expects. */
export async function writeSampleArticle(library: string): Promise<Article> {
  const base = newArticle({
    id: 'sample-storm-surge-01',
    slug: 'storm-surge-floods-harbour',
    headline: SAMPLE_HEADLINE,
    now: '2025-03-27T06:40:00.000Z',
  });
  const article: Article = {
    ...base,
    kicker: 'Weather',
    section: 'News',
    deck: 'Dozens of homes flooded before dawn; residents ask why the second phase of the wall was never built.',
    bylines: [
      { name: 'Amina Rahimi', role: 'Staff reporter' },
      { name: 'Tom Okafor', role: 'Additional reporting' },
    ],
    dateline: { place: 'PORTHAVEN', timeZone: 'Europe/London' },
    tags: ['weather', 'flooding', 'council'],
    lengthTarget: 600,
    internalNote: 'Photo desk has drone pictures from 07:10; legal cleared the bakery quote.',
    body: BODY,
  };
  await writeFile(join(library, `${article.slug}${ARTICLE_EXTENSION}`), serializeArticle(article));
  return article;
}

/** A harness whose library holds the sample article, opened in a window the OS draws light. */
export async function startWithSampleArticle(): Promise<Harness> {
  const harness = await Harness.start({ prepareLibrary: async (library) => void (await writeSampleArticle(library)) });
  const page = harness.page;
  await page.emulateMedia({ colorScheme: 'light' });
  page.setDefaultTimeout(10_000);
  await openArticle(page, SAMPLE_HEADLINE);
  return harness;
}
