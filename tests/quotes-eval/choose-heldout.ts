// Draws the held-out third of the issue-14 passages, once: `node --import tsx tests/quotes-eval/choose-heldout.ts`.
// Its output was pasted into HELDOUT_PASSAGES in definitions.ts; running it again only shows how that list was drawn.
import { seeded } from '../../bench/seeded';
import { issue14Styles, issue14Unattributed } from './definitions';

const SEED = 14;

function shuffled<T>(items: T[], random: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

// A third of each style, so the held-out passages spread over every style; the places left over after rounding down
// go to the styles with the largest remainders, so the total is a third of the whole.
const styles = Object.entries(issue14Styles);
const total = styles.reduce((sum, [, list]) => sum + list.length, 0);
const quotas = styles.map(([, list]) => Math.floor(list.length / 3));
const leftOver = Math.floor(total / 3) - quotas.reduce((sum, quota) => sum + quota, 0);
styles
  .map(([, list], index) => ({ index, remainder: list.length / 3 - Math.floor(list.length / 3) }))
  .sort((a, b) => b.remainder - a.remainder || a.index - b.index)
  .slice(0, leftOver)
  .forEach(({ index }) => (quotas[index] = (quotas[index] as number) + 1));

const random = seeded(SEED);
const chosen = styles.flatMap(([, list], index) =>
  shuffled(
    list.map((passage) => passage.name),
    random,
  ).slice(0, quotas[index]),
);
process.stdout.write(`// ${chosen.length} of ${total} passages\n${JSON.stringify(chosen.sort(), null, 2)}\n`);

// The second draw, over the passages written afterwards with quotations nobody is named for: a third of them, by a
// generator of its own, so the first draw above comes out the same as when it was pasted.
const second = shuffled(
  issue14Unattributed.map((passage) => passage.name),
  seeded(SEED),
).slice(0, Math.floor(issue14Unattributed.length / 3));
process.stdout.write(
  `// ${second.length} of ${issue14Unattributed.length} passages\n${JSON.stringify(second.sort(), null, 2)}\n`,
);
