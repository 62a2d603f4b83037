// The Content Security Policy the protocol handler sends with every page of the app.

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
