// An article's public address: the newsroom's base URL plus its slug ("https://news.example/
// stories/" + "nato-allies-meet"), the slug being the URL part Byline makes from the headline.
import { exportedHref } from './link-href';

/** Builds, once per batch, the function giving each slug its address (always null without a base URL). */
export function canonicalAddresses(baseUrl: string): (slug: string) => string | null {
  if (baseUrl === '') return () => null;
  // The slug goes below the base as a path segment, whether or not the base ends in a slash.
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return (slug) => exportedHref(base + slug);
}
