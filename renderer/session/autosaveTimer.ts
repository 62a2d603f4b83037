// When to autosave: a quiet moment after the last edit, but never later than a maximum wait
// while the reporter keeps typing, so a long burst still reaches the disk.

export interface AutosaveTimerOptions {
  /** Quiet time after the last edit before saving. */
  quietMs: number;
  /** Longest a first unsaved edit waits during continuous typing. */
  maxWaitMs: number;
}

export const AUTOSAVE_TIMING: AutosaveTimerOptions = { quietMs: 1000, maxWaitMs: 10_000 };

export class AutosaveTimer {
  private quiet: ReturnType<typeof setTimeout> | null = null;
  private longest: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly fire: () => void,
    private readonly options: AutosaveTimerOptions = AUTOSAVE_TIMING,
  ) {}

  /** An edit happened: push the quiet deadline back, keep the maximum-wait deadline. */
  edited(): void {
    if (this.quiet !== null) clearTimeout(this.quiet);
    this.quiet = setTimeout(() => this.due(), this.options.quietMs);
    this.longest ??= setTimeout(() => this.due(), this.options.maxWaitMs);
  }

  get pending(): boolean {
    return this.quiet !== null || this.longest !== null;
  }

  cancel(): void {
    if (this.quiet !== null) clearTimeout(this.quiet);
    if (this.longest !== null) clearTimeout(this.longest);
    this.quiet = null;
    this.longest = null;
  }

  private due(): void {
    this.cancel();
    this.fire();
  }
}
