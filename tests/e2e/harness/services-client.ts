// The harness's side of the services child process: starts it, forwards calls, collects events
// and host calls, and kills it the way a crash would.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { fail, type Result } from '../../../core/ipc/errors';
import type { EventName } from '../../../core/ipc/names';
import { CHILD_ENV, type FailureMode, type FromChild, type HostCall, type ToChild } from './protocol';

const CHILD_FILE = fileURLToPath(new URL('./services-process.ts', import.meta.url));
const START_TIMEOUT_MS = 30_000;

export interface ServicesOptions {
  root: string;
  failure: FailureMode | null;
  onEvent(name: EventName, payload: unknown): void;
  onHostCall(call: HostCall): void;
}

export class ServicesClient {
  private readonly pending = new Map<number, (result: Result<unknown>) => void>();
  private nextId = 1;
  private exited: Promise<void>;

  private constructor(private readonly child: ChildProcess) {
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    this.exited.then(() => this.failPending());
  }

  static async start(options: ServicesOptions): Promise<ServicesClient> {
    const child = fork(CHILD_FILE, [], {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, [CHILD_ENV.root]: options.root, [CHILD_ENV.failure]: options.failure ?? '' },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const client = new ServicesClient(child);
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error('The services child did not start within 30 s.')),
        START_TIMEOUT_MS,
      );
      child.once('exit', (code, signal) =>
        reject(new Error(`The services child exited while starting (code ${code}, signal ${signal}).`)),
      );
      child.on('message', (message: FromChild) => {
        if (message.kind === 'ready') {
          clearTimeout(timer);
          resolve();
        } else if (message.kind === 'fatal') {
          clearTimeout(timer);
          reject(new Error(`The services child failed to start: ${message.message}`));
        } else if (message.kind === 'result') {
          client.pending.get(message.id)?.(message.result);
          client.pending.delete(message.id);
        } else if (message.kind === 'event') {
          options.onEvent(message.name, message.payload);
        } else {
          options.onHostCall(message.call);
        }
      });
    }).catch(async (error: unknown) => {
      await client.kill();
      throw error;
    });
    return client;
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null && this.child.connected;
  }

  /** Resolves with the dispatcher's result; a dead child answers UNAVAILABLE, as Electron's IPC would fail. */
  call(name: string, args: unknown): Promise<Result<unknown>> {
    if (!this.alive) return Promise.resolve(fail('UNAVAILABLE', 'The services are not running.'));
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.send({ kind: 'call', id, name, args });
    });
  }

  inject(failure: FailureMode | null): void {
    this.send({ kind: 'inject', failure });
  }

  answerImportDialog(path: string | null): void {
    this.send({ kind: 'answerImportDialog', path });
  }

  /** SIGKILL: no flush, no cleanup, exactly like the machine dying. */
  async kill(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
    await this.exited;
  }

  private send(message: ToChild): void {
    this.child.send(message, (error) => {
      if (error && message.kind === 'call') {
        this.pending.get(message.id)?.(fail('UNAVAILABLE', 'The services are not running.'));
        this.pending.delete(message.id);
      }
    });
  }

  private failPending(): void {
    for (const resolve of this.pending.values()) resolve(fail('UNAVAILABLE', 'The services stopped.'));
    this.pending.clear();
  }
}
