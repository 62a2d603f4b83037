// How often unsaved edits are backed up: about once a second *while* typing goes on, not only
// after it stops, so a crash in the middle of a long burst still leaves a recent backup.

export const BACKUP_INTERVAL_MS = 1000;

export class BackupThrottle {
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly fire: () => void,
    private readonly intervalMs: number = BACKUP_INTERVAL_MS,
  ) {}

  /** An edit happened: a backup follows within one interval, however many edits come meanwhile. */
  edited(): void {
    this.timer ??= setTimeout(() => {
      this.timer = null;
      this.fire();
    }, this.intervalMs);
  }

  cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
