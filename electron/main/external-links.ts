// Which links may leave Byline for the system's browser or mail client: decided by parsing.

const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** The normalized link when it is http, https or mailto (and has a host where it needs one), else null. */
export function externalLink(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!EXTERNAL_PROTOCOLS.has(parsed.protocol)) return null;
  if (parsed.protocol !== 'mailto:' && parsed.hostname === '') return null;
  // Credentials in a link are a phishing trick (`https://bank.example@attacker.test`).
  if (parsed.username !== '' || parsed.password !== '') return null;
  return parsed.href;
}
