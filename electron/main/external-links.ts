// Which links may leave Byline for the system's browser or mail client: the article's link policy
// (core/body/link-policy.ts), decided on the address as the URL parser reads it, and stricter.
import { LINK_SCHEMES, schemeNeedsHost } from '../../core/body/link-policy';

const EXTERNAL_PROTOCOLS = new Set(LINK_SCHEMES.map((scheme) => `${scheme}:`));

/** The normalized link when the policy allows it (and it has a host where it needs one), else null. */
export function externalLink(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!EXTERNAL_PROTOCOLS.has(parsed.protocol)) return null;
  if (schemeNeedsHost(parsed.protocol.slice(0, -1)) && parsed.hostname === '') return null;
  // Credentials in a link are a phishing trick (`https://bank.example@attacker.test`).
  if (parsed.username !== '' || parsed.password !== '') return null;
  return parsed.href;
}
