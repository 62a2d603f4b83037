// The Checks list as rows: each problem on its own, except unattributed quotations of one
// suggested speaker offered in one click (or with no suggestion at all), which are one row
// standing where the first of them stands. Quotations whose speaker is only asked about
// ("Ana Ruiz?") keep a row each: the reporter answers each question, never all at once.
import type { UnattributedGroup } from '../../core/attribution/unattributed-groups';
import type { Problem } from '../../core/checks/problem';

export type CheckRow =
  | { kind: 'problem'; problem: Problem; group: UnattributedGroup | null }
  | { kind: 'group'; group: UnattributedGroup; problems: Problem[] };

const startOf = (problem: Problem): number | null =>
  problem.code === 'unattributed-quote' && 'body' in problem.where ? problem.where.body.from : null;

export function checkRows(problems: readonly Problem[], groups: readonly UnattributedGroup[]): CheckRow[] {
  const groupAt = new Map<number, UnattributedGroup>();
  for (const group of groups) for (const finding of group.findings) groupAt.set(finding.from, group);
  const rows: CheckRow[] = [];
  const placed = new Map<UnattributedGroup, Extract<CheckRow, { kind: 'group' }>>();
  for (const problem of problems) {
    const start = startOf(problem);
    const group = start === null ? undefined : groupAt.get(start);
    if (!group || group.findings.length < 2 || group.offer === 'question') {
      rows.push({ kind: 'problem', problem, group: group ?? null });
      continue;
    }
    const row = placed.get(group);
    if (row) row.problems.push(problem);
    else {
      const first: Extract<CheckRow, { kind: 'group' }> = { kind: 'group', group, problems: [problem] };
      placed.set(group, first);
      rows.push(first);
    }
  }
  return rows;
}
