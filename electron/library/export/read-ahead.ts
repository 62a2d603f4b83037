// Reading the next few articles while the current one renders and earlier pages are written.
// A read is several trips through Node's thread pool (lstat, stat, open, read, close), each one
// waiting its turn on a busy machine; started early, the waits overlap with the work. The
// window stays small so that only a few articles are ever held in memory.

export class ReadAhead<T> {
  private readonly started = new Map<number, Promise<T>>();
  private next = 0;

  constructor(
    private readonly files: readonly string[],
    private readonly size: number,
    private readonly read: (path: string) => Promise<T>,
  ) {}

  /** The read of file `index` (in order, each once), with the following ones started behind it. */
  take(index: number): Promise<T> {
    while (this.next < this.files.length && this.next <= index + this.size) {
      // Reads report problems as values; a rejection is kept until its turn is taken.
      const read = this.read(this.files[this.next] as string);
      read.catch(() => undefined);
      this.started.set(this.next++, read);
    }
    const read = this.started.get(index);
    if (read === undefined) throw new RangeError(`article ${index} was already taken or is out of range`);
    this.started.delete(index);
    return read;
  }
}
