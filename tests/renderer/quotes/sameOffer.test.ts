// The popup keeps its offer while the reporter types in a quotation, and takes the new one as soon
// as what it shows changes: the speaker, the reason (cue) or how sure the detector is.
import { describe, expect, it } from 'vitest';
import type { DetectedQuotation } from '../../../core/attribution/detected';
import { sameOffer, type Offer } from '../../../renderer/quotes/quoteOffer';
import { confidenceFor } from './offers';

const quotation = (changes: Partial<DetectedQuotation> = {}): DetectedQuotation => ({
  pieces: [{ from: 1, to: 20 }],
  speaker: 'Ana Ruiz',
  speakerTitle: null,
  speakerKind: 'person',
  confidence: confidenceFor('one-click'),
  cue: { kind: 'name', words: 'Ana Ruiz' },
  ...changes,
});
const offer = (changes: Partial<DetectedQuotation> = {}): Offer => ({
  kind: 'suggested',
  key: 'suggested:1',
  quotation: quotation(changes),
});

describe('the popup’s offer while the reporter types', () => {
  it('stays the same object when nothing it shows changed, the pieces having moved', () => {
    const current = offer();
    expect(sameOffer(current, offer({ pieces: [{ from: 1, to: 24 }] }))).toBe(current);
  });

  it('is the new one when the reason or the offer it allows changed', () => {
    const current = offer();
    const pronoun = offer({ cue: { kind: 'pronoun', words: 'she' } });
    expect(sameOffer(current, pronoun)).toBe(pronoun);
    const weaker = offer({ confidence: confidenceFor('question') });
    expect(sameOffer(current, weaker)).toBe(weaker);
  });
});
