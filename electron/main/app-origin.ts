// Where the app's own pages come from, and the test every sender and navigation must pass.

export const APP_SCHEME = 'byline';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

/**
 * The origins whose pages may call main: the app's own, plus the dev server's while developing
 * (`ELECTRON_RENDERER_URL`, set only by `electron-vite dev`).
 */
export function trustedOrigins(devServerUrl: string | undefined): string[] {
  const origins = [APP_ORIGIN];
  if (devServerUrl) {
    const origin = originOf(devServerUrl);
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
