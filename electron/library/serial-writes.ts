// One save at a time per file (RELIABILITY.md item 3): a second save waits for the first, so
// concurrent saves land in the order they were asked for and the last one wins.

/** One queue per key (an article id, a file): tasks under one key run one at a time, under different keys side by side. */
export class KeyedSerialQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  /** Runs `task` after every task queued earlier under `key` has settled. */
  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.catch(() => undefined);
    this.tails.set(key, tail);
    // Forget idle keys so a long session does not keep one promise per file ever saved.
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}
