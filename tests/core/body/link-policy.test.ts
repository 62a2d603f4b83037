// The one link policy: web (http, https) and mail (mailto), a web address with a host.
import { describe, expect, it } from 'vitest';
import { isAllowedLink, lacksHost, LINK_SCHEMES, linkKinds, linkScheme } from '../../../core/body/link-policy';

describe('the link policy', () => {
  it('allows web and mail addresses, and says so in words', () => {
    expect(LINK_SCHEMES).toEqual(['http', 'https', 'mailto']);
    expect(linkKinds('or')).toBe('web (http, https) or mail (mailto)');
    expect(linkKinds('and')).toBe('web (http, https) and mail (mailto)');
  });

  it.each([
    ['https://example.com/a', true],
    ['HTTP://EXAMPLE.COM', true],
    ['  mailto:desk@example.com', true],
    ['javascript:alert(1)', false],
    [' JavaScript:alert(1)', false],
    ['https.example.com.attacker.test:x', false],
    ['file:///etc/passwd', false],
    ['data:text/html,x', false],
    ['smb://server/share', false],
    ['example.com', false],
    ['', false],
  ])('%j allowed: %s', (url, allowed) => {
    expect(isAllowedLink(url)).toBe(allowed);
  });

  it.each([
    ['https://', true],
    ['http:example.com', true],
    ['https:///path', true],
    ['https://example.com', false],
    ['mailto:', false],
    ['javascript:alert(1)', false],
  ])('%j lacks a host: %s', (url, lacking) => {
    expect(lacksHost(url)).toBe(lacking);
  });

  it('reads the scheme by parsing, in lower case', () => {
    expect(linkScheme(' HTTPS://x')).toBe('https');
    expect(linkScheme('no scheme here')).toBeNull();
  });
});
