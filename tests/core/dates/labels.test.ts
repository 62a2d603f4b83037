// House-style date lines: {date} and {note} filled in once, literally.
import { describe, expect, it } from 'vitest';
import { fillLabel } from '../../../core/dates/labels';

describe('fillLabel', () => {
  const date = 'Feb. 18, 2021, 9:14 p.m. EST';
  const cases: { template: string; note?: string; expected: string }[] = [
    { template: 'Published {date}', expected: `Published ${date}` },
    { template: 'Last Updated On: {date}', expected: `Last Updated On: ${date}` },
    {
      template: 'Correction, {date}: {note}',
      note: 'An earlier version misspelled the minister’s name.',
      expected: `Correction, ${date}: An earlier version misspelled the minister’s name.`,
    },
    { template: '{note} ({date})', note: 'Adds casualty figures.', expected: `Adds casualty figures. (${date})` },
    { template: '{date} · {date}', expected: `${date} · ${date}` },
    // Values go in literally: placeholders and replacement patterns in a note stay as typed.
    {
      template: 'Correction, {date}: {note}',
      note: 'The story said {date} where it meant {note}.',
      expected: `Correction, ${date}: The story said {date} where it meant {note}.`,
    },
    {
      template: 'Clarification, {date}: {note}',
      note: 'Costs rose $& more than $1.',
      expected: `Clarification, ${date}: Costs rose $& more than $1.`,
    },
    // Without a note, the separator before {note} goes too.
    { template: 'Updated {date}: {note}', expected: `Updated ${date}` },
    { template: 'Updated {date}: {note}', note: '', expected: `Updated ${date}` },
    { template: 'Updated {date} — {note}', expected: `Updated ${date}` },
    { template: 'Published {date}{note}', expected: `Published ${date}` },
    // Anything else in braces is the newsroom's own text.
    { template: 'Published {date} {time}', expected: `Published ${date} {time}` },
  ];
  for (const { template, note, expected } of cases) {
    it(`${JSON.stringify(template)} with ${JSON.stringify(note)}`, () => {
      expect(fillLabel(template, note === undefined ? { date } : { date, note })).toBe(expected);
    });
  }

  it('leaves a date that itself looks like a placeholder alone', () => {
    expect(fillLabel('{note}: {date}', { date: '{note}', note: 'x' })).toBe('x: {note}');
  });
});
