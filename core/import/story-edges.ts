// A page's main column often holds more than the story: the byline and date lines above it, and
// "Related" or "More stories" below it. The story is what lies between; what stands above it is
// read as the page's bylines and dates (when its metadata did not give them), never kept as text.
import type { Byline } from '../article/article';
import type { BodyJSON } from '../body/schema';
import { readByline } from './bylines';
import { readDateLine, type DateMention } from './date-lines';
import { endsStory } from './furniture';

export interface StoryEdges {
  body: BodyJSON;
  bylines: Byline[];
  dates: DateMention[];
}

function textOf(node: BodyJSON): string {
  return node.type === 'text' ? (node.text ?? '') : (node.content ?? []).map(textOf).join('');
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

export function storyBetweenEdges(body: BodyJSON): StoryEdges {
  const all = body.content ?? [];
  const bylines: Byline[] = [];
  const dates: DateMention[] = [];
  // Above the story: paragraphs that are only a byline or only a date line.
  let start = 0;
  while (all[start]?.type === 'paragraph') {
    const text = clean(textOf(all[start]!));
    const byline = readByline(text);
    const mentions = byline ? null : readDateLine(text);
    if (!byline && !mentions) break;
    // One by one: a paragraph can list more names than a call takes arguments.
    for (const name of byline ?? []) bylines.push(name);
    for (const mention of mentions ?? []) dates.push(mention);
    start++;
  }
  const blocks = all.slice(start);
  // Below it: from the first "Related", "More stories"… heading or label on, once the story has begun.
  const end = blocks.findIndex(
    (block, index) =>
      index > 0 && (block.type === 'heading' || block.type === 'paragraph') && endsStory(clean(textOf(block))),
  );
  const story = end < 0 ? blocks : blocks.slice(0, end);
  return { body: { ...body, content: story.length > 0 ? story : [{ type: 'paragraph' }] }, bylines, dates };
}
