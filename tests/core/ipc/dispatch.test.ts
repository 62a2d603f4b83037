import { describe, expect, it } from 'vitest';
import { dispatch, type Handlers } from '../../../core/ipc/dispatch';
import { BylineError } from '../../../core/ipc/errors';
import { OPERATION_NAMES } from '../../../core/ipc/names';

function handlersThat(behave: (name: string, args: unknown) => unknown): Handlers {
  const handlers: Record<string, (args: unknown) => Promise<unknown>> = {};
  for (const name of OPERATION_NAMES) handlers[name] = async (args) => behave(name, args);
  return handlers as Handlers;
}

describe('dispatch', () => {
  it('refuses an operation the contract does not name', async () => {
    const result = await dispatch(
      handlersThat(() => ({})),
      'readAnyFile',
      { path: '/etc/passwd' },
    );
    expect(result).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_OPERATION', message: expect.stringContaining('readAnyFile') },
    });
  });

  it('validates arguments before the handler runs', async () => {
    let ran = false;
    const result = await dispatch(
      handlersThat(() => {
        ran = true;
        return {};
      }),
      'openArticle',
      { id: '../../etc' },
    );
    expect(ran).toBe(false);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('BAD_ARGUMENTS');
      expect(result.error.message).toContain('openArticle');
    }
  });

  it('refuses extra argument fields rather than ignoring them', async () => {
    const result = await dispatch(
      handlersThat(() => ({})),
      'openArticle',
      { id: 'abcdefgh12', path: '/tmp/x' },
    );
    expect(result.ok).toBe(false);
  });

  it('passes valid arguments through and wraps the value', async () => {
    const result = await dispatch(
      handlersThat((_name, args) => ({ seen: args })),
      'searchLibrary',
      { query: 'nato' },
    );
    expect(result).toEqual({ ok: true, value: { seen: { query: 'nato' } } });
  });

  it('turns an expected failure into its code and an unexpected one into INTERNAL', async () => {
    const conflict = await dispatch(
      handlersThat(() => {
        throw new BylineError('CONFLICT', 'changed on disk');
      }),
      'listLibrary',
      {},
    );
    expect(conflict).toEqual({ ok: false, error: { code: 'CONFLICT', message: 'changed on disk' } });
    const crash = await dispatch(
      handlersThat(() => {
        throw new TypeError('boom');
      }),
      'listLibrary',
      {},
    );
    expect(crash.ok).toBe(false);
    if (!crash.ok) expect(crash.error.code).toBe('INTERNAL');
  });
});
