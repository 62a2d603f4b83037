// Where the app's own pages come from, and the test every sender and navigation must pass.

export const APP_SCHEME = 'byline';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

// The names of this machine a dev server listens on; URL writes an IPv6 host in brackets.
const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The dev server's address (`ELECTRON_RENDERER_URL`, set by `electron-vite dev`) when this run may
 * load the app from it, else null: only an unpackaged run, and only plain http on this machine. A
 * stray value pointing anywhere else would hand that page the whole `window.byline` API.
 */
export function devServerUrl(value: string | undefined, isPackaged: boolean): string | null {
  if (isPackaged || value === undefined || value === '') return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' || !LOOPBACK_HOSTS.has(url.hostname) || url.username !== '' || url.password !== '')
    return null;
  return url.href;
}

/** The origins whose pages may call main: the app's own, plus the dev server's (see devServerUrl). */
export function trustedOrigins(devServer: string | null): string[] {
  const origins = [APP_ORIGIN];
  if (devServer !== null) {
    const origin = originOf(devServer);
    if (origin) origins.push(origin);
  }
  return origins;
}

/** Compares parsed origins, never prefixes: `byline://app.evil` is not `byline://app`. */
export function isTrustedUrl(url: string, origins: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== null && origins.includes(origin);
}

function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    // WHATWG gives custom schemes the origin "null"; build it from the parts for ours.
    return parsed.protocol === `${APP_SCHEME}:` ? `${parsed.protocol}//${parsed.host}` : parsed.origin;
  } catch {
    return null;
  }
}
