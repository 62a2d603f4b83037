import { describe, expect, it } from 'vitest';
import { isAllowedLink } from '../../../core/body/link-policy';
import { externalLink } from '../../../electron/main/external-links';

describe('links that may leave Byline', () => {
  it.each([
    ['https://example.com/a b', 'https://example.com/a%20b'],
    ['HTTP://Example.com', 'http://example.com/'],
    ['mailto:desk@example.com?subject=Tip', 'mailto:desk@example.com?subject=Tip'],
  ])('%s opens as %s', (url, expected) => {
    expect(externalLink(url)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    ' javascript:alert(1)',
    'vbscript:x',
    'file:///C:/Windows',
    'ms-settings:',
    'smb://server/share',
    'https://user:pw@example.com',
    'http://',
    'example.com',
  ])('%s stays inside', (url) => {
    expect(externalLink(url)).toBeNull();
  });

  it('never opens a link the article could not hold: its schemes are the article link policy’s', () => {
    const urls = ['https://example.com', 'http://example.com', 'mailto:a@b.c', 'ftp://example.com', 'news:x', 'tel:1'];
    for (const url of urls) expect(externalLink(url) !== null, url).toBe(isAllowedLink(url));
  });
});
