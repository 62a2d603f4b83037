// The ninjs 2.0 news item: every field the issue lists, and only a source's name and role.
import { describe, expect, it } from 'vitest';
import { createExporter } from '../../../core/export/exporter';
import { NINJS_SCHEMA } from '../../../core/export/ninjs';
import { doc, p } from '../../builders/body';
import { fullStory, settings, source, story } from '../../builders/article';

// The fields ninjs 2.0 defines (its schema allows no others at the top level).
const NINJS_FIELDS = new Set([
  'uri',
  'type',
  'representationtype',
  'profile',
  'version',
  'firstcreated',
  'versioncreated',
  'contentcreated',
  'embargoed',
  'pubstatus',
  'urgency',
  'copyrightholder',
  'copyrightnotice',
  'usageterms',
  'ednote',
  'language',
  'descriptions',
  'bodies',
  'headlines',
  'people',
  'organisations',
  'places',
  'subjects',
  'events',
  'objects',
  'infosources',
  'title',
  'by',
  'slugline',
  'located',
  'renditions',
  'associations',
  'altids',
  'trustindicators',
  'standard',
  'genres',
  'rightsinfo',
]);

describe('ninjs', () => {
  const exporter = createExporter(settings({ baseUrl: 'https://news.example/' }));
  const article = fullStory(doc(p('Talks ended.')), {
    embargoUntil: '2021-02-18T20:00:00Z',
    sources: [
      source('s1', 'Jens Stoltenberg', {
        title: 'NATO Secretary General',
        organisation: 'NATO',
        obtained: 'press-conference',
        where: 'Brussels',
        verified: true,
      }),
      source('s2', 'a spokeswoman', { organisation: 'Ministry of Defence', contactNotes: 'call after 6' }),
      source('s3', ''),
    ],
  });
  const item = exporter.ninjs(article);

  it('holds the issue’s fields, with instants in the newsroom zone', () => {
    expect(item).toEqual({
      uri: 'urn:byline:article:article-0001',
      standard: { name: 'ninjs', version: '2.0', schema: NINJS_SCHEMA },
      type: 'text',
      representationtype: 'full',
      version: '4',
      firstcreated: '2021-02-18T21:14:00-05:00',
      versioncreated: '2021-02-19T10:00:00-05:00',
      embargoed: '2021-02-18T15:00:00-05:00',
      pubstatus: 'usable',
      language: 'en',
      headlines: [
        { role: 'main', value: 'We will only leave when the time is right: Stoltenberg' },
        { role: 'kicker', value: 'Afghanistan' },
      ],
      descriptions: [
        { role: 'summary', value: 'NATO defence ministers end two days of talks without a decision on troops.' },
      ],
      slugline: 'nato-allies-meet',
      by: 'Amina Rahim, Staff reporter; Jonas Berg',
      located: 'BRUSSELS',
      bodies: [
        {
          role: 'main',
          contenttype: 'text/html',
          wordcount: 2,
          value: exporter.fragment(article, { header: false }).html,
        },
      ],
      subjects: [
        { name: 'World', rel: 'section' },
        { name: 'NATO', rel: 'keyword' },
        { name: 'Afghanistan', rel: 'keyword' },
      ],
      infosources: [{ name: 'Jens Stoltenberg', role: 'NATO Secretary General' }, { name: 'a spokeswoman' }],
      altids: [{ role: 'canonical-url', value: 'https://news.example/nato-allies-meet' }],
    });
  });

  it('uses only fields ninjs 2.0 defines', () => {
    expect(Object.keys(item).filter((key) => !NINJS_FIELDS.has(key))).toEqual([]);
  });

  it('marks a draft as withheld and dates it by creation and last save', () => {
    const draft = createExporter(settings()).ninjs(story(doc(p('x')), { savedAt: '2021-02-18T18:30:00Z' }));
    expect(draft).toMatchObject({
      pubstatus: 'withheld',
      version: '1',
      firstcreated: '2021-02-18T12:00:00-05:00',
      versioncreated: '2021-02-18T13:30:00-05:00',
    });
    for (const absent of ['descriptions', 'by', 'located', 'subjects', 'infosources', 'altids', 'embargoed'])
      expect(draft, absent).not.toHaveProperty(absent);
  });
});
