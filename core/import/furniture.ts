// Page furniture: the lines a copy of a news page drags along that are not the story (menus, share
// buttons, cookie banners, "Advertisement"), and the headings after which the story has ended.
import type { BodyJSON } from '../body/schema';

// Compared lower case, without a trailing colon.
const FURNITURE_LINES = new Set([
  'advertisement',
  'advertisements',
  'sponsored',
  'sponsored content',
  'skip to content',
  'skip to main content',
  'exit mobile version',
  'share this',
  'share',
  'share this article',
  'like this',
  'loading...',
  'loading…',
  'menu',
  'search',
  'home',
  'subscribe',
  'sign in',
  'log in',
  'sign up',
  'newsletter',
  'toggle navigation',
  'close',
  'trending',
  'trending now',
  'related',
  'print',
  'email',
  'accept',
  'accept all',
  'accept cookies',
  'accept all cookies',
  'reject all',
  'manage preferences',
  'cookie settings',
  'got it',
  'i agree',
]);

// Headings that open the page's tail: whatever follows them is other stories, comments or buttons.
const TAIL_HEADINGS = new Set([
  'trending',
  'trending now',
  'related',
  'related posts',
  'related articles',
  'related stories',
  'related news',
  'related content',
  'more stories',
  'more news',
  'read more',
  'read next',
  'you may also like',
  'you might also like',
  'recommended',
  'recommended for you',
  'most read',
  'most popular',
  'popular posts',
  'share this',
  'share this article',
  'like this',
  'leave a reply',
  'leave a comment',
  'comments',
  'post navigation',
  'exit mobile version',
  'about the author',
]);

const FURNITURE_PATTERNS = [
  /^related\s*:/i,
  /^(?:read (?:more|also|next)|also read|see also)\s*:/i,
  /^click to (?:share|email|print)\b/i,
  /^(?:follow us|share) (?:on|via)\b/i,
  // Cookie banners, in the words they use; a story about cookies does not say "we use cookies".
  /\b(?:we|this (?:web)?site|our (?:web)?site) uses? cookies\b|\bcookie (?:policy|settings|preferences)\b|\baccept (?:all )?cookies\b|\bby continuing to (?:use|browse)\b/i,
];

const SOCIAL = new Set([
  'facebook',
  'twitter',
  'x',
  'whatsapp',
  'linkedin',
  'email',
  'e-mail',
  'mail',
  'print',
  'pinterest',
  'reddit',
  'telegram',
  'messenger',
  'share',
  'tweet',
  'copy',
  'link',
  'threads',
  'bluesky',
  'mastodon',
  'flipboard',
  'pocket',
  'sms',
]);
const NETWORKS = new Set([
  'facebook',
  'twitter',
  'x',
  'whatsapp',
  'linkedin',
  'pinterest',
  'reddit',
  'telegram',
  'messenger',
  'threads',
  'bluesky',
  'mastodon',
  'flipboard',
]);

const key = (line: string) => line.trim().replace(/\s*:$/, '').toLowerCase();

export function isFurniture(line: string): boolean {
  // White space collapsed first: the patterns below backtrack on long runs of it.
  const text = line.replace(/\s+/g, ' ').trim();
  if (FURNITURE_LINES.has(key(text))) return true;
  if (FURNITURE_PATTERNS.some((pattern) => pattern.test(text))) return true;
  return isSocialButtons(text) || isNavigation(text);
}

/** A heading after which, once the story has begun, nothing more belongs to it. */
export function endsStory(line: string): boolean {
  return TAIL_HEADINGS.has(key(line));
}

/** "Facebook Twitter WhatsApp", "Share on: Facebook | X | Email". */
function isSocialButtons(text: string): boolean {
  const words = text
    .toLowerCase()
    .replace(/[:|,·•/]/g, ' ')
    .split(/\s+/)
    .filter((word) => word !== '' && word !== 'on');
  return words.length > 0 && words.every((word) => SOCIAL.has(word)) && words.some((word) => NETWORKS.has(word));
}

/** A menu or breadcrumb: three or more short items between separators ("Home | World | Asia", "Home › News"). */
function isNavigation(text: string): boolean {
  const items = text.split(/\s+[|·•›»>/]\s+/);
  const short = items.every((item) => item !== '' && item.split(/\s+/).length <= 3 && !/[.!?"“”]/.test(item));
  if (!short) return false;
  return items.length >= 3 || (items.length === 2 && /\s[›»>]\s/.test(text));
}

/** A body without the paragraphs that are page furniture ("Advertisement", a cookie notice) left in a page's main column. */
export function withoutFurniture(body: BodyJSON): BodyJSON {
  const blocks = (body.content ?? []).filter((block) => block.type !== 'paragraph' || !isFurniture(plainText(block)));
  return { ...body, content: blocks.length > 0 ? blocks : [{ type: 'paragraph' }] };
}

function plainText(node: BodyJSON): string {
  return node.type === 'text' ? (node.text ?? '') : (node.content ?? []).map(plainText).join('');
}
