// One dispatcher for every host (Electron main, the test harness, fuzz tests): it validates the
// call against the contract, runs the handler, and turns every failure into a typed value.
import type { z } from 'zod';
import { operations, type OpResult } from './contract';
import { BylineError, fail, ok, type Result } from './errors';
import { OPERATION_NAMES, type OperationName } from './names';

export type Handlers = {
  [K in OperationName]: (args: z.infer<(typeof operations)[K]['args']>) => Promise<OpResult<K>>;
};

const known = new Set<string>(OPERATION_NAMES);

export function isOperationName(name: unknown): name is OperationName {
  return typeof name === 'string' && known.has(name);
}

export async function dispatch(handlers: Handlers, name: unknown, args: unknown): Promise<Result<unknown>> {
  if (!isOperationName(name))
    return fail('UNKNOWN_OPERATION', `There is no operation called ${JSON.stringify(String(name)).slice(0, 80)}.`);
  const parsed = operations[name].args.safeParse(args ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    return fail('BAD_ARGUMENTS', `${name}: ${issue?.message ?? 'invalid arguments'}${where}.`);
  }
  try {
    const handler = handlers[name] as (args: unknown) => Promise<unknown>;
    return ok(await handler(parsed.data));
  } catch (error) {
    if (error instanceof BylineError) return fail(error.code, error.message);
    return fail('INTERNAL', `${name} failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`);
  }
}
