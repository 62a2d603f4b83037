// What a reporter types into the link popover, turned into an address we allow, or a reason why not.
import { isAllowedLink } from '../../../core/body/extensions';

export type LinkAddress = { ok: true; href: string } | { ok: false; message: string };

export const LINK_REFUSED = 'Only web (http, https) and email (mailto) addresses can be linked.';

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
  return isAllowedLink(address) ? { ok: true, href: address } : { ok: false, message: LINK_REFUSED };
}
