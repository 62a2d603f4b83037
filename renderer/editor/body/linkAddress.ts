// What a reporter types into the link popover, turned into an address we allow, or a reason why not.
import { isAllowedLink, lacksHost, linkKinds } from '../../../core/body/link-policy';

export type LinkAddress = { ok: true; href: string } | { ok: false; message: string };

export const LINK_REFUSED = `Only ${linkKinds('and')} addresses can be linked.`;
export const HOST_MISSING = 'A web address needs a site name, as in https://example.com.';

// "example.com", "www.example.com/path", "example.com:8080": a host with a dot and no scheme.
const BARE_HOST = /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(:\d+)?([/?#].*)?$/u;
const BARE_EMAIL = /^[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/;

export function linkAddress(typed: string): LinkAddress {
  const address = typed.trim();
  if (address === '') return { ok: false, message: 'Type a web or email address.' };
  if (/\s/.test(address)) return { ok: false, message: 'A link address cannot contain spaces.' };
  if (address.startsWith('//')) return { ok: true, href: `https:${address}` };
  if (BARE_HOST.test(address)) return { ok: true, href: `https://${address}` };
  if (BARE_EMAIL.test(address)) return { ok: true, href: `mailto:${address}` };
  if (!isAllowedLink(address)) return { ok: false, message: LINK_REFUSED };
  // The pre-publish check would block it: say so while the reporter is still typing it.
  if (lacksHost(address)) return { ok: false, message: HOST_MISSING };
  return { ok: true, href: address };
}
