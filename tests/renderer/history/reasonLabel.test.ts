// Why a revision was recorded, in the desk's words, with the stage a move went to taken from the
// desk's log: never the publication that a stamp (a revision of its own) put right after it.
import { describe, expect, it } from 'vitest';
import { reasonLabel, stagesOfRevisions } from '../../../renderer/history/reasonLabel';

describe('a revision’s reason', () => {
  it('names the stage each move went to, even when the publish stamp’s time is rounded to before the save', () => {
    const log = [
      { to: 'ready' as const, at: '2026-12-05T10:14:12.223Z' },
      { to: 'approved' as const, at: '2026-12-05T10:14:20.291Z' },
      { to: 'published' as const, at: '2026-12-05T10:14:20+00:00' },
    ];
    const revisions = [
      { rev: 1, reason: 'stage' as const, at: '2026-12-05T10:14:12.400Z' },
      { rev: 2, reason: 'stage' as const, at: '2026-12-05T10:14:20.420Z' },
      { rev: 3, reason: 'stamp' as const, at: '2026-12-05T10:14:20.900Z' },
    ];
    const stages = stagesOfRevisions(revisions, log);
    expect(revisions.map(({ rev, reason }) => reasonLabel(reason, stages.get(rev) ?? null))).toEqual([
      'Stage: Ready for the desk',
      'Stage: Approved',
      'Stamped',
    ]);
  });

  it('words every reason the history keeps, and one it does not know as it is', () => {
    expect(reasonLabel('accept')).toBe('Accepted a suggestion');
    expect(reasonLabel('restore', '12')).toBe('Restored revision 12');
    expect(reasonLabel('stage')).toBe('Stage moved');
    expect(reasonLabel('merge-from-server' as never)).toBe('Merge from server');
  });
});
