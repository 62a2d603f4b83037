// The app's one Content Security Policy: the protocol handler sends it with every page, and the
// renderer's build writes it into index.html as a meta tag (electron.vite.config.ts), so a page
// from the dev server is held to it too. Nothing here imports Electron: the build reads it.

/**
 * Adds the policy to a response's headers. It is one literal so electronegativity's CSP check
 * evaluates the real thing. `style-src` allows 'unsafe-inline' because ProseMirror and TipTap set
 * `style` attributes on editor nodes (widths, cursors, placeholders), which no nonce can cover;
 * scripts stay locked to 'self', so an inline style can never run code.
 */
export function withContentSecurityPolicy(headers: Record<string, string>): Record<string, string> {
  headers['Content-Security-Policy'] =
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; object-src 'none'";
  return headers;
}

export const CONTENT_SECURITY_POLICY = withContentSecurityPolicy({})['Content-Security-Policy']!;

/** The policy as a page's meta tag may carry it: a browser ignores `frame-ancestors` there (and warns). */
export const META_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.split('; ')
  .filter((directive) => !directive.startsWith('frame-ancestors'))
  .join('; ');
