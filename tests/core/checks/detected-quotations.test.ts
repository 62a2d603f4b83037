// The check's own detection must see what the editor sees: the same quotations, in the same
// positions, so the Quotes panel, the app's check and `byline check` agree.
import { readFileSync } from 'node:fs';
import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { detectedInEditor } from '../../../core/attribution/from-detection';
import { quoteFindings } from '../../../core/attribution/findings';
import { bodySchema, type BodyJSON } from '../../../core/body/schema';
import { detectedQuotationsIn, detectedQuotationsOfBody } from '../../../core/checks/detected-quotations';
import { quoteDetectionPlugin } from '../../../core/quotes/detection-extension';
import { doc, p, q } from '../../builders/body';

const SEED = 'tests/fixtures/seed/000_6da7febdb4ae2164.txt';

function seedBody(): BodyJSON {
  const paragraphs = readFileSync(SEED, 'utf8')
    .split(/\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return doc(...paragraphs.map((text) => p(text)));
}

/** The editor's state over the body, with the detection plugin the QuoteDetection extension installs. */
const editorOver = (content: BodyJSON) =>
  EditorState.create({
    schema: bodySchema(),
    doc: bodySchema().nodeFromJSON(content),
    plugins: [quoteDetectionPlugin()],
  });

describe('detectedQuotationsOfBody', () => {
  it('finds the seed article’s five quotations exactly where the editor finds them', () => {
    const body = seedBody();
    const detected = detectedQuotationsOfBody(body);
    expect(detected).toHaveLength(5);
    expect(detected).toEqual(detectedInEditor(editorOver(body)));
    expect(detected.map((quotation) => quotation.speaker)).toContain('Jens Stoltenberg');
  });

  it('gives the same findings the Quotes panel lists, marked quotations included', () => {
    const body = doc(
      p('“Nobody sails today,” harbour master Ian Cole said.'),
      p('He added: ', q('s1', 'Tomorrow, perhaps.', 'Q1')),
      p('“It is the worst in years,” a fisherman said.'),
    );
    const state = editorOver(body);
    const read = bodySchema().nodeFromJSON(body);
    const findings = quoteFindings(read, [], detectedQuotationsIn(read));
    expect(findings).toEqual(quoteFindings(state.doc, [], detectedInEditor(state)));
    expect(findings.map((finding) => [finding.text, finding.status])).toEqual([
      ['Nobody sails today,', 'unattributed'],
      ['Tomorrow, perhaps.', 'unknown-source'],
      ['It is the worst in years,', 'unattributed'],
    ]);
  });

  it('throws for a body outside the schema, as checkBody reports it', () => {
    expect(() => detectedQuotationsOfBody(doc({ type: 'video' }))).toThrow(/video/);
  });
});
