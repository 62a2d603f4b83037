// The href an exported link gets: web and mail addresses only, written as a valid URL.
import { isAllowedLink, linkScheme, schemeNeedsHost } from '../body/link-policy';

// Characters a URL may hold as they are; everything else is percent-encoded (a space pasted
// into an address, a curly quote, a non-Latin path) so the page validates and the link works.
const KEPT = new Uint8Array(128);
for (const char of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=")
  KEPT[char.charCodeAt(0)] = 1;

const isHex = (code: number) => (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x66);

function percentEncoded(address: string): string | null {
  let out = '';
  for (let index = 0; index < address.length; index++) {
    const code = address.charCodeAt(index);
    if (code < 128 && KEPT[code] === 1) out += address[index];
    else if (code === 0x25 && isHex(address.charCodeAt(index + 1)) && isHex(address.charCodeAt(index + 2))) out += '%';
    else if (code >= 0xd800 && code <= 0xdbff) {
      const pair = address.slice(index, index + 2);
      // A lone surrogate has no UTF-8 form: such an address cannot be written at all.
      if (pair.length < 2 || !(pair.charCodeAt(1) >= 0xdc00 && pair.charCodeAt(1) <= 0xdfff)) return null;
      out += encodeURIComponent(pair);
      index++;
    } else if (code >= 0xdc00 && code <= 0xdfff) return null;
    else out += encodeURIComponent(address[index]!);
  }
  return out;
}

// A web address as typed, after its scheme: a host of letters, digits, dots and hyphens (a
// non-Latin name goes out percent-encoded, which browsers read back as the name) or an IPv6
// literal, then a port. One without a host ("https://", "http:example.com") or with a space in it
// leads nowhere.
const HOST_AND_PORT =
  /^[^:]+:\/\/(?:[^\s/?#@]*@)?(?:(?:[A-Za-z0-9.-]|[^\u0000-\u007f])+|\[[0-9A-Fa-f:.]+\])(?::\d{0,5})?(?:[/?#]|$)/;

/**
 * The address as an href, or null when the link must go (its text stays): anything the link
 * policy does not allow, and web addresses without a well-formed host.
 */
export function exportedHref(raw: unknown): string | null {
  if (typeof raw !== 'string' || !isAllowedLink(raw)) return null;
  const address = raw.trim();
  if (schemeNeedsHost(linkScheme(address)!) && !HOST_AND_PORT.test(address)) return null;
  return percentEncoded(address);
}
