// Which links an article may hold: the one definition that the editor, paste and import cleaning,
// the pre-publish check, export and the main process (before it opens a link outside Byline) use.
// Anything else (javascript:, data:, file:, smb:…) never reaches a reader or the system.

/** The kinds of link allowed, each with its schemes, in the order a reporter reads them. */
const KINDS = [
  { kind: 'web', schemes: ['http', 'https'], needsHost: true },
  { kind: 'mail', schemes: ['mailto'], needsHost: false },
] as const;

export type LinkScheme = (typeof KINDS)[number]['schemes'][number];

/** http, https and mailto. */
export const LINK_SCHEMES: readonly LinkScheme[] = KINDS.flatMap((kind) => kind.schemes);

/** "web (http, https) or mail (mailto)": the policy in words, for messages that name it. */
export function linkKinds(conjunction: 'or' | 'and'): string {
  return KINDS.map(({ kind, schemes }) => `${kind} (${schemes.join(', ')})`).join(` ${conjunction} `);
}

/** The address's scheme in lower case ("HTTPS:" → "https"), or null when it names none. */
export function linkScheme(url: string): string | null {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.trim());
  return scheme ? scheme[1]!.toLowerCase() : null;
}

/** Whether an address of this scheme must name a host: web addresses do, mail addresses do not. */
export function schemeNeedsHost(scheme: string): boolean {
  return KINDS.some((kind) => kind.needsHost && (kind.schemes as readonly string[]).includes(scheme));
}

/** http, https and mailto only, decided by parsing the scheme rather than by prefix. */
export function isAllowedLink(url: string): boolean {
  const scheme = linkScheme(url);
  return scheme !== null && (LINK_SCHEMES as readonly string[]).includes(scheme);
}

/** A web address without a host after its scheme: "https://" or "http:example.com" lead nowhere. */
export function lacksHost(url: string): boolean {
  const scheme = linkScheme(url);
  if (scheme === null || !schemeNeedsHost(scheme)) return false;
  return !/^[^:]+:\/\/[^\s/?#]+/.test(url.trim());
}
