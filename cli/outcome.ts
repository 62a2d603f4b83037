// What a command returns when its exit code says something beyond "it worked": `check` prints
// its findings and still exits 1 when any of them blocks publication.
export class CommandOutcome {
  constructor(
    readonly output: unknown,
    readonly exitCode: number,
  ) {}
}
