// A news page as a browser saves it: menus, a cookie banner, ads, share buttons, related
// stories and comments around one article, described by JSON-LD and Open Graph.

export const STORY_PARAGRAPHS = [
  'Floodwater swept through three districts of the capital on Wednesday night, forcing thousands of families from their homes as the river rose faster than forecasters had expected.',
  '“We lost everything in one hour,” said Ana Ruiz, a teacher who fled with her two children as the water reached the second floor of their building.',
  'Rescue crews worked through the night with boats borrowed from fishermen, and the city opened schools and mosques as shelters for those who had nowhere else to go.',
  'Officials said the damage would take months to repair and asked residents to stay away from the river banks until the water had gone down.',
];

export interface NewsPageOptions {
  /** Leave out the JSON-LD, so Open Graph and <time> are all the page says about itself. */
  jsonLd?: boolean;
}

export function newsPage({ jsonLd = true }: NewsPageOptions = {}): string {
  const ld = {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebPage', name: 'Kabul Daily' },
      {
        '@type': ['NewsArticle'],
        headline: 'Floods force thousands from their homes in Kabul',
        datePublished: '2021-02-17T21:14:00+04:30',
        dateModified: '2021-02-18T10:02:00Z',
        author: [
          { '@type': 'Person', name: 'Amina Rahim' },
          { '@type': 'Person', name: 'Omar Khan' },
        ],
        articleSection: 'World',
        keywords: ['floods', 'Kabul'],
        dateline: 'KABUL',
      },
    ],
  };
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Floods force thousands from their homes in Kabul | Kabul Daily</title>
<link rel="canonical" href="https://news.example/world/floods">
<meta property="og:title" content="Floods: thousands flee | Kabul Daily">
<meta property="article:published_time" content="2021-02-17T20:00:00+04:30">
<meta property="article:modified_time" content="2021-02-18T09:00:00Z">
<meta property="article:section" content="Asia">
<meta property="article:tag" content="weather">
${jsonLd ? `<script type="application/ld+json">${JSON.stringify(ld)}</script>` : ''}
<script>window.__pwned = true; document.title = 'script ran';</script>
</head><body>
<div id="cookie-banner" class="cookie-consent"><p>We use cookies to improve your experience on our site.</p><button>Accept all</button></div>
<header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article>
<h1>Floods force thousands from their homes in Kabul</h1>
<div class="byline">By <a href="/authors/amina">Amina Rahim</a></div>
<time datetime="2021-02-17T19:00:00+04:30" class="published">Feb 17</time>
<div class="share"><a href="https://facebook.com/share">Facebook</a> <a href="https://twitter.com/share">Twitter</a> <a href="https://wa.me/">WhatsApp</a></div>
<p>KABUL — ${STORY_PARAGRAPHS[0]}</p>
<figure><img src="flood.jpg" alt="A flooded street"><figcaption>A flooded street in the west of the city.</figcaption></figure>
<p>${STORY_PARAGRAPHS[1]}</p>
<div class="ad-slot"><p>Advertisement</p><iframe src="https://ads.example/slot"></iframe></div>
<h2>Shelters <em>opened</em></h2>
<p>${STORY_PARAGRAPHS[2]!.replace('boats borrowed from fishermen', '<strong>boats</strong> borrowed from <a href="/fishermen">fishermen</a>')}</p>
<ul><li>Schools in <a href="javascript:alert(1)">Karte Se</a></li><li>Mosques in Dasht-e-Barchi</li></ul>
<blockquote><p>Stay away from the river banks until the water has gone down.</p></blockquote>
<p>${STORY_PARAGRAPHS[3]} <a href="mailto:desk@news.example">Write to the desk</a>.</p>
</article></main>
<aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Earlier floods left 40 dead</a></li></ul></aside>
<footer><p>© Kabul Daily</p></footer>
</body></html>`;
}
