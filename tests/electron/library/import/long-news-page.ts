// A long news page as a browser saves it, at any length: a head of preloads, scripts, JSON-LD and a
// stylesheet; a menu of 150 sections, each with its icon; the story, a quotation in every paragraph,
// and after every tenth a photo, related links and an ad in its own <iframe>; share buttons and a
// footer of 300 links. 600 paragraphs make 4,619 elements, 3,000 make about 16,000: real saved news
// pages have 2,000 to 10,000.

const WORDS =
  'the council said on tuesday that budget would rise by percent after a long debate over schools roads and police officers in the city'.split(
    ' ',
  );
const sentence = (n: number) => Array.from({ length: 18 }, (_, k) => WORDS[(n * 7 + k * 3) % WORDS.length]).join(' ');
const ICON =
  '<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><g><path d="M0 0h16v16H0z"/><path d="M2 2h12v12H2z"/></g></svg>';
const times = (count: number, part: (n: number) => string) => Array.from({ length: count }, (_, n) => part(n)).join('');

export const LONG_PAGE_HEADLINE = 'City budget rises after long debate';

export function longNewsPage(paragraphs: number): string {
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: LONG_PAGE_HEADLINE,
    datePublished: '2025-03-14T09:30:00-05:00',
    author: [{ '@type': 'Person', name: 'Amina Rahim' }],
  };
  const head = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${LONG_PAGE_HEADLINE} | The Daily Example</title>
<meta property="og:title" content="${LONG_PAGE_HEADLINE}"><meta name="description" content="The council voted.">
<meta property="article:published_time" content="2025-03-14T09:30:00-05:00">
${times(40, (n) => `<link rel="preload" href="/static/chunk-${n}.js" as="script">`)}
<script type="application/ld+json">${JSON.stringify(ld)}</script>
<script>window.__DATA__ = ${JSON.stringify({ html: '<div><p>x</p></div>'.repeat(2000) })};</script>
<style>${'.a{color:red}'.repeat(2000)}</style></head>`;
  const menu = `<header class="site"><nav><ul>${times(150, (n) => `<li class="nav-item"><a href="/section/${n}"><span>${ICON}Section ${n}</span></a></li>`)}</ul></nav></header>`;
  const story = times(paragraphs, (n) => {
    let part = `<p class="para">${sentence(n)} <a href="https://example.com/${n}">link ${n}</a>, "We will act on item ${n}," said Jane Doe, the mayor. <em>${sentence(n + 1)}</em>.</p>`;
    if (n % 10 === 0)
      part += `<figure><img src="/img/${n}.jpg" alt="Photo ${n}"><figcaption>Caption ${n} <span class="credit">Photo: Agency</span></figcaption></figure><aside class="related"><h3>Related</h3><ul>${times(3, (k) => `<li><a href="/r/${n}/${k}">Related ${k}</a></li>`)}</ul></aside><div class="ad"><div><div><iframe src="/ad"></iframe></div></div></div>`;
    if (n % 25 === 0) part += `<h2>Section ${n}</h2>`;
    return part;
  });
  return `${head}<body class="story">
${menu}
<main><article><header><p class="kicker">Politics</p><h1>${LONG_PAGE_HEADLINE}</h1><p class="byline">By <a href="/by/amina">Amina Rahim</a></p><time datetime="2025-03-14T09:30:00-05:00">March 14, 2025</time></header><div class="story-body">${story}</div><div class="share">${times(6, () => `<button>${ICON}</button>`)}</div></article></main>
<footer>${times(300, (n) => `<div class="f"><a href="/f/${n}">Footer ${n}</a></div>`)}</footer>
${times(30, (n) => `<script src="/static/chunk-${n}.js"></script>`)}</body></html>`;
}
