import { describe, expect, it } from 'vitest';
import { HOST_MISSING, LINK_REFUSED, linkAddress } from '../../../../renderer/editor/body/linkAddress';

describe('linkAddress', () => {
  const accepted = [
    { typed: 'https://example.com/a?b=1', href: 'https://example.com/a?b=1' },
    { typed: '  http://example.com  ', href: 'http://example.com' },
    { typed: 'example.com', href: 'https://example.com' },
    { typed: 'www.example.co.uk/news/story', href: 'https://www.example.co.uk/news/story' },
    { typed: 'example.com:8080/live', href: 'https://example.com:8080/live' },
    { typed: '//cdn.example.com/x', href: 'https://cdn.example.com/x' },
    { typed: 'mailto:desk@example.com', href: 'mailto:desk@example.com' },
    { typed: 'desk@example.com', href: 'mailto:desk@example.com' },
  ];
  for (const { typed, href } of accepted) {
    it(`links "${typed}" as ${href}`, () => {
      expect(linkAddress(typed)).toEqual({ ok: true, href });
    });
  }

  const refused = [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,<b>x</b>',
    'file:///etc/passwd',
    'ftp://example.com',
    'vbscript:msgbox',
  ];
  for (const typed of refused) {
    it(`refuses "${typed}"`, () => {
      expect(linkAddress(typed)).toEqual({ ok: false, message: LINK_REFUSED });
    });
  }

  it('asks for an address when nothing was typed, and refuses one with spaces', () => {
    expect(linkAddress('  ').ok).toBe(false);
    expect(linkAddress('not a link').ok).toBe(false);
  });

  it('names the kinds of link it takes, from the one link policy', () => {
    expect(LINK_REFUSED).toBe('Only web (http, https) and mail (mailto) addresses can be linked.');
  });

  it.each(['https://', 'http:example.com'])('refuses the web address without a site %j', (typed) => {
    expect(linkAddress(typed)).toEqual({ ok: false, message: HOST_MISSING });
  });
});
