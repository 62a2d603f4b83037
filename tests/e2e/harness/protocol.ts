// The messages between the harness and its services child process, in both directions.
import type { EventName } from '../../../core/ipc/names';
import type { Result } from '../../../core/ipc/errors';

/** Disk failures the child can inject into the article store's file system. */
export const FAILURE_MODES = ['rename-EBUSY', 'rename-EPERM', 'write-ENOSPC', 'fsync-ENOSPC'] as const;
export type FailureMode = (typeof FAILURE_MODES)[number];

/** Environment variables the child reads at start. */
export const CHILD_ENV = {
  root: 'BYLINE_E2E_ROOT',
  failure: 'BYLINE_E2E_FAILURE',
} as const;

export type ToChild =
  | { kind: 'call'; id: number; name: string; args: unknown }
  | { kind: 'inject'; failure: FailureMode | null }
  /** What the open dialog of File › Import… answers next (null: the reporter cancels). */
  | { kind: 'answerImportDialog'; path: string | null };

export type HostCall =
  | { call: 'showInFolder' | 'readyToClose'; argument: string | null }
  | { call: 'writeClipboard'; argument: { html: string; text: string } };

export type FromChild =
  | { kind: 'ready' }
  | { kind: 'fatal'; message: string }
  | { kind: 'result'; id: number; result: Result<unknown> }
  | { kind: 'event'; name: EventName; payload: unknown }
  | { kind: 'host'; call: HostCall };
