// The popup keeps its offer while the reporter types in a quotation, and takes the new one as soon
// as what it shows changes: the speaker, the reason (cue), how sure the detector is, or the offer
// (one click or a question) the calibration allows.
import { describe, expect, it } from 'vitest';
import type { DetectedQuotation } from '../../../core/attribution/detected';
import { sameOffer, type Offer } from '../../../renderer/quotes/quoteOffer';
import { STAGED_CONFIDENCE } from './offers';

const quotation = (changes: Partial<DetectedQuotation> = {}): DetectedQuotation => ({
  pieces: [{ from: 1, to: 20 }],
  speaker: 'Ana Ruiz',
  speakerTitle: null,
  speakerKind: 'person',
  confidence: STAGED_CONFIDENCE['one-click'],
  offer: 'one-click',
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
    const asked = offer({ offer: 'question' });
    expect(sameOffer(current, asked)).toBe(asked);
    const lessSure = offer({ confidence: STAGED_CONFIDENCE.question });
    expect(sameOffer(current, lessSure)).toBe(lessSure);
  });
});
