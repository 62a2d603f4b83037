// The operations the History panel and its bookkeeping use.
import type { BylineApi } from '../bridge';

export type HistoryApi = Pick<
  BylineApi,
  'listRevisions' | 'readRevision' | 'markRevisionSeen' | 'restoreRevision' | 'recordRevision'
>;
