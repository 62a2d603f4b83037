// Suggest mode's own cost per keystroke, without a browser: the transaction a typed letter makes
// applied to the editor state as it is, against the same transaction first turned into a
// suggestion (what Suggest mode's dispatch hook does), alternating, on the benchmark's 5,000-word
// body. A steady figure beside the browser's, which a busy machine moves from run to run.
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { bodySchema, type BodyJSON } from '../../core/body/schema';
import { suggestingTransaction } from '../../core/review/suggestions/suggest-transaction';

const KEYS = 600;
const COPY = ' The council said the road would reopen on Friday, after repairs to the flood barrier.';

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** The state with the caret at the end of the middle paragraph, as the browser half types there. */
function stateAtMiddle(body: BodyJSON): EditorState {
  const doc = bodySchema().nodeFromJSON(body);
  let end = 0;
  const middle = Math.floor(doc.childCount / 2);
  doc.forEach((node, offset, index) => {
    if (index === middle) end = offset + node.nodeSize - 1;
  });
  const state = EditorState.create({ doc });
  return state.apply(state.tr.setSelection(TextSelection.create(doc, end)));
}

export function suggestTransactions(body: BodyJSON): { normalP95: number; suggestP95: number; ratio: number } {
  let normal = stateAtMiddle(body);
  let suggesting = normal;
  const times = { normal: [] as number[], suggest: [] as number[] };
  for (let n = 0; n < KEYS; n++) {
    const letter = COPY[n % COPY.length]!;
    let before = performance.now();
    normal = normal.apply(normal.tr.insertText(letter));
    times.normal.push(performance.now() - before);
    before = performance.now();
    const tr = suggesting.tr.insertText(letter);
    suggesting = suggesting.apply(
      suggestingTransaction(suggesting, tr, { id: `bench-${n}`, by: 'Desk editor', at: '2026-12-05T10:00:00Z' }),
    );
    times.suggest.push(performance.now() - before);
  }
  const ms = (value: number) => Math.round(value * 1000) / 1000;
  const normalP95 = ms(percentile(times.normal, 95));
  const suggestP95 = ms(percentile(times.suggest, 95));
  console.log(
    `keystroke transaction, no browser (${KEYS} letters): applied p50 ${ms(percentile(times.normal, 50))} / p95 ${normalP95} ms; as a suggestion p50 ${ms(percentile(times.suggest, 50))} / p95 ${suggestP95} ms`,
  );
  return { normalP95, suggestP95, ratio: Math.round((suggestP95 / normalP95) * 100) / 100 };
}
