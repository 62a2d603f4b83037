// Runs tasks one after another: a second save of an article waits for the first to finish.

export class SerialQueue {
  private tail: Promise<void> = Promise.resolve();

  /** Queues `task`; the returned promise settles with it. A failed task does not block the next. */
  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task);
    this.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }

  /** Resolves once everything queued so far has finished. */
  idle(): Promise<void> {
    return this.tail;
  }
}
