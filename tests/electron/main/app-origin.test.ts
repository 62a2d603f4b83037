// Which pages may call main: the app's own, and a dev server only on this machine in an unpackaged
// run. A stray ELECTRON_RENDERER_URL must never hand a remote page the window.byline API.
import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, devServerUrl, isTrustedUrl, trustedOrigins } from '../../../electron/main/app-origin';

describe('the dev server address', () => {
  it.each(['http://localhost:5173', 'http://127.0.0.1:5173/', 'http://[::1]:5173/index.html', 'http://LOCALHOST:5173'])(
    '%s is trusted in an unpackaged run',
    (value) => {
      const url = devServerUrl(value, false);
      expect(url).not.toBeNull();
      expect(trustedOrigins(url)).toEqual([APP_ORIGIN, new URL(value).origin]);
    },
  );

  it.each([
    'https://attacker.example',
    'http://attacker.example:5173',
    'http://localhost.attacker.example:5173',
    'http://127.0.0.1.attacker.example/',
    'http://192.168.1.20:5173',
    'https://localhost:5173',
    'http://user:pass@localhost:5173',
    'file:///tmp/index.html',
    'javascript:alert(1)',
    'not a url',
    '',
  ])('%j is refused, and only the app itself may call main', (value) => {
    expect(devServerUrl(value, false)).toBeNull();
    expect(trustedOrigins(devServerUrl(value, false))).toEqual([APP_ORIGIN]);
  });

  it('is never trusted in the packaged app, even on this machine', () => {
    expect(devServerUrl('http://localhost:5173', true)).toBeNull();
    expect(devServerUrl(undefined, false)).toBeNull();
  });

  it('trusts nothing else by prefix', () => {
    const origins = trustedOrigins(devServerUrl('http://localhost:5173', false));
    expect(isTrustedUrl('http://localhost:5173/index.html', origins)).toBe(true);
    expect(isTrustedUrl('http://localhost:5174/index.html', origins)).toBe(false);
    expect(isTrustedUrl('byline://app.evil/index.html', origins)).toBe(false);
  });
});
