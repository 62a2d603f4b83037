// The Checks list's rows: a speaker's unattributed quotations stand as one row where the first is.
import { describe, expect, it } from 'vitest';
import type { QuoteFinding } from '../../../core/attribution/findings';
import type { UnattributedGroup } from '../../../core/attribution/unattributed-groups';
import type { Problem } from '../../../core/checks/problem';
import { checkRows } from '../../../renderer/checks/checkRows';

const quote = (from: number): Problem => ({
  code: 'unattributed-quote',
  severity: 'blocking',
  message: `quotation at ${from}`,
  where: { body: { from, to: from + 5 } },
});
const field: Problem = {
  code: 'missing-dateline',
  severity: 'blocking',
  message: 'no dateline',
  where: { field: 'dateline' },
};
const group = (key: string, starts: number[], offer: UnattributedGroup['offer'] = 'one-click'): UnattributedGroup => ({
  key,
  speaker: { speaker: key, speakerTitle: null, speakerKind: 'unnamed' },
  offer,
  findings: starts.map((from) => ({ from }) as QuoteFinding),
});

describe('Checks rows', () => {
  it('put a speaker’s quotations in one row at the first one’s place, and leave a lone one as it is', () => {
    const spokesperson = group('a spokesperson', [10, 30, 50]);
    const mayor = group('the mayor', [20]);
    const rows = checkRows([field, quote(10), quote(20), quote(30), quote(50)], [spokesperson, mayor]);
    expect(rows.map((row) => (row.kind === 'group' ? `group of ${row.problems.length}` : row.problem.message))).toEqual(
      ['no dateline', 'group of 3', 'quotation at 20'],
    );
    expect(rows[2]).toMatchObject({ kind: 'problem', group: mayor });
    expect(rows[0]).toMatchObject({ kind: 'problem', group: null });
  });

  it('keep a row for each quotation whose speaker is only asked about, so each is answered on its own', () => {
    const asked = group('ana ruiz?', [10, 30], 'question');
    const rows = checkRows([quote(10), quote(30)], [asked]);
    expect(rows.map((row) => row.kind)).toEqual(['problem', 'problem']);
    expect(rows.every((row) => row.group === asked)).toBe(true);
  });
});
