// What every page Byline shows is refused: leaving the app, opening windows, embedding webviews,
// and any permission (camera, location, notifications…) it never needs.
import type { Session, WebContents } from 'electron';
import { isTrustedUrl } from './app-origin';
import { externalLink } from './external-links';

export interface GuardOptions {
  /** Origins the page may navigate within (see app-origin.ts). */
  trustedOrigins: readonly string[];
  /** Hands an allowlisted link to the system (shell.openExternal). */
  openExternal(url: string): void;
}

export function guardWebContents(contents: WebContents, options: GuardOptions): void {
  const refuseForeign = (event: { url: string; preventDefault(): void }) => {
    if (!isTrustedUrl(event.url, options.trustedOrigins)) event.preventDefault();
  };
  contents.on('will-navigate', refuseForeign);
  contents.on('will-frame-navigate', refuseForeign);
  contents.on('will-redirect', refuseForeign);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const link = externalLink(url);
    if (link) options.openExternal(link);
    return { action: 'deny' };
  });
}

export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
