import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler } from '../../../electron/main/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/csp';

let root: string;
let handle: (request: Request) => Promise<Response>;
const get = (url: string) => handle(new Request(url));

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'byline-protocol-'));
  mkdirSync(join(root, 'renderer', 'assets'), { recursive: true });
  writeFileSync(join(root, 'renderer', 'index.html'), '<!doctype html><title>Byline</title>');
  writeFileSync(join(root, 'renderer', 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, 'secret.txt'), 'reporter notes');
  symlinkSync(join(root, 'secret.txt'), join(root, 'renderer', 'assets', 'link.txt'));
  handle = createAppProtocolHandler(join(root, 'renderer'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the byline://app protocol', () => {
  it('serves the app with the strict CSP as a header', async () => {
    const response = await get('byline://app/index.html');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Byline</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = response.headers.get('content-security-policy');
    expect(csp).toBe(CONTENT_SECURITY_POLICY);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('serves index.html for the bare origin and scripts with their type', async () => {
    expect(await (await get('byline://app/')).text()).toContain('Byline');
    const script = await get('byline://app/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.each([
    'byline://app/..%2fsecret.txt',
    'byline://app/assets/..%2f..%2fsecret.txt',
    'byline://app/%2e%2e/secret.txt',
    'byline://app/..%5csecret.txt',
    'byline://app/index.html%00.js',
    'byline://app/%252e%252e/secret.txt',
    'byline://other/index.html',
    'https://app/index.html',
  ])('refuses %s and leaks nothing', async (url) => {
    const response = await get(url);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await response.text()).not.toContain('reporter notes');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses a symlink inside the build that points outside it', async () => {
    const response = await get('byline://app/assets/link.txt');
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('reporter notes');
  });

  it('answers a missing file with 404', async () => {
    expect((await get('byline://app/nothing-here.js')).status).toBe(404);
  });

  it('refuses anything but reading', async () => {
    const response = await handle(new Request('byline://app/index.html', { method: 'POST', body: 'x' }));
    expect(response.status).toBe(405);
  });
});
