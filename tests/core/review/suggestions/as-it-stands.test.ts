import { describe, expect, it } from 'vitest';
import { articleAsItStands, bodyAsItStands } from '../../../../core/review/as-it-stands';
import { story } from '../../../builders/article';
import { asStored, b, doc, p, text, unfitDoc } from '../../../builders/body';

const ins = { type: 'insertion', attrs: { id: 's1', by: 'Omar', at: '2026-12-05T09:00:00Z' } };
const del = { type: 'deletion', attrs: { id: 's2', by: 'Amina', at: '2026-12-05T09:00:00Z' } };
const comment = { type: 'comment', attrs: { threadId: 't1' } };

describe('the body as it stands', () => {
  it('leaves suggested words out, keeps struck-out words and drops every desk mark', () => {
    const body = doc(
      p('The ', text('new ', [ins]), 'council ', text('voted', [del]), ' on ', text('Tuesday', [comment]), '.'),
    );
    expect(bodyAsItStands(body)).toEqual(doc(p('The council voted on Tuesday.')));
  });

  it('keeps the other marks of struck-out words, joined with their neighbours as the editor holds them', () => {
    const body = doc(p(...b('Bold '), text('words', [{ type: 'bold' }, del]), ' end'));
    expect(bodyAsItStands(body)).toEqual(doc(p(...b('Bold words'), ' end')));
  });

  it('a paragraph made only of suggested words is left empty, as rejecting them would leave it', () => {
    expect(asStored(bodyAsItStands(doc(p('One.'), p(text('Two.', [ins])))))).toEqual(asStored(doc(p('One.'), p())));
  });

  it('is what rejecting every suggestion gives: paragraphs a suggested paste split are one again', () => {
    const split = doc(p('The council ', text('after a debate.', [ins])), p(text('Then it ', [ins]), 'voted.'));
    expect(bodyAsItStands(split)).toEqual(doc(p('The council voted.')));
  });

  it('a body the schema refuses is still read as it stands, from its JSON', () => {
    const body = unfitDoc(p('Kept ', text('added', [ins])), { type: 'video' });
    expect(bodyAsItStands(body)).toEqual(unfitDoc(p('Kept '), { type: 'video' }));
  });

  it('a body without the desk’s marks is given back as it is', () => {
    const body = doc(p('Nothing pending.'));
    expect(bodyAsItStands(body)).toBe(body);
  });

  it('the article as it stands has no review and the body as it stands', () => {
    const article = story(doc(p(text('Draft ', [ins]), 'Final')), {
      review: { stage: 'editing', assignee: null, due: null, log: [], threads: [] },
    });
    const standing = articleAsItStands(article);
    expect('review' in standing).toBe(false);
    expect(standing.body).toEqual(doc(p('Final')));
    expect(article.review).toBeDefined();
  });
});
