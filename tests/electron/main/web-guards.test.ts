import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import { denyPermissions, guardWebContents } from '../../../electron/main/web-guards';

vi.mock('electron', () => ({}));

type Listener = (event: { url?: string; preventDefault(): void }) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: (name: string, listener: Listener) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler;
    },
  };
  const openExternal = vi.fn();
  guardWebContents(contents as unknown as WebContents, { trustedOrigins: ['byline://app'], openExternal });
  const fire = (name: string, url = '') => {
    const event = { url, preventDefault: vi.fn() };
    listeners.get(name)!(event);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { fire, open: (url: string) => openHandler!({ url }), openExternal };
}

describe('leaving the app', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s to another site is stopped', (name) => {
    const page = fakeContents();
    expect(page.fire(name, 'https://example.com/')).toBe(true);
    expect(page.fire(name, 'javascript:alert(1)')).toBe(true);
    expect(page.fire(name, 'file:///etc/passwd')).toBe(true);
    expect(page.fire(name, 'byline://app.attacker.test/')).toBe(true);
    expect(page.openExternal).not.toHaveBeenCalled();
  });

  it('a reload of the app itself goes ahead', () => {
    expect(fakeContents().fire('will-navigate', 'byline://app/index.html')).toBe(false);
  });

  it('a webview is never attached', () => {
    expect(fakeContents().fire('will-attach-webview')).toBe(true);
  });
});

describe('new windows', () => {
  it('are always denied; an http, https or mailto link opens outside Byline instead', () => {
    const page = fakeContents();
    expect(page.open('https://example.com/story?id=1')).toEqual({ action: 'deny' });
    expect(page.open('mailto:desk@example.com')).toEqual({ action: 'deny' });
    expect(page.openExternal.mock.calls).toEqual([['https://example.com/story?id=1'], ['mailto:desk@example.com']]);
  });

  it.each([
    'javascript:alert(document.domain)',
    'JaVaScRiPt:alert(1)',
    'javascript://https://example.com/%0aalert(1)',
    'httpsx://example.com',
    'https.example.com.attacker.test:payload',
    'http.attacker.test://example.com',
    'file:///etc/passwd',
    'byline://app/index.html',
    'data:text/html,<script>alert(1)</script>',
    'https://example.com@attacker.test/',
    'https:',
    'not a url',
  ])('%s is denied and opened nowhere', (url) => {
    const page = fakeContents();
    expect(page.open(url)).toEqual({ action: 'deny' });
    expect(page.openExternal).not.toHaveBeenCalled();
  });
});

describe('permissions', () => {
  it('every request is refused and every check answers no', () => {
    let request: ((...args: unknown[]) => void) | undefined;
    let check: ((...args: unknown[]) => boolean) | undefined;
    let device: ((...args: unknown[]) => boolean) | undefined;
    const session = {
      setPermissionRequestHandler: (handler: typeof request) => (request = handler),
      setPermissionCheckHandler: (handler: typeof check) => (check = handler),
      setDevicePermissionHandler: (handler: typeof device) => (device = handler),
    };
    denyPermissions(session as unknown as Session);

    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      const callback = vi.fn();
      request!({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect(check!({}, permission, 'byline://app', {})).toBe(false);
    }
    expect(device!({ deviceType: 'usb' })).toBe(false);
  });
});
