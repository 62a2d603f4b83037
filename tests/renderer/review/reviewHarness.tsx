// A real body editor (with the comment highlight and Suggest mode), an article session over a
// fake library, and the Review section rendered over them, as the workspace mounts it.
import { Editor } from '@tiptap/core';
import { render } from '@testing-library/react';
import { vi } from 'vitest';
import type { Article } from '../../../core/article/article';
import { bodyExtensions } from '../../../core/body/extensions';
import type { BodyJSON } from '../../../core/body/schema';
import { SuggestMode } from '../../../core/review/suggest-mode';
import { defaultSettings, type Settings } from '../../../core/settings/settings';
import { CommentHighlight } from '../../../renderer/review/commentHighlight';
import { ReviewDesk } from '../../../renderer/review/reviewDesk';
import { ReviewHighlightSync } from '../../../renderer/review/ReviewHighlightSync';
import { ReviewPanel } from '../../../renderer/review/ReviewPanel';
import { SuggestToggle } from '../../../renderer/review/SuggestToggle';
import { ArticleSession } from '../../../renderer/session/articleSession';
import { article, FakeLibrary, paragraphs } from '../fakeApi';

export const EDITOR_NAME = 'Sam Okoye';
export const LONDON: Settings = { ...defaultSettings('Europe/London'), yourName: EDITOR_NAME };

export function storyArticle(changes: Partial<Article> = {}): Article {
  return {
    ...article(
      'article-one',
      'Council votes to rebuild the sea wall',
      paragraphs('The council voted on Monday to rebuild the sea wall.', 'Work starts in spring.'),
    ),
    ...changes,
  };
}

const open: { editor: Editor; session: ArticleSession }[] = [];

/** Destroys what the tests opened before jsdom goes away. */
export function closeReviewDesks(): void {
  for (const { editor, session } of open.splice(0)) {
    session.dispose();
    editor.destroy();
  }
}

export function reviewDesk(start: Article = storyArticle(), settings: Settings = LONDON) {
  const editor = new Editor({
    extensions: [
      ...bodyExtensions(),
      CommentHighlight,
      SuggestMode.configure({ user: () => ({ name: settings.yourName || 'Someone' }) }),
    ],
    content: start.body,
  });
  const library = new FakeLibrary();
  const opened = library.add(start);
  const session = new ArticleSession({ opened, api: library.api, readBody: () => editor.getJSON() as BodyJSON });
  open.push({ editor, session });
  editor.on('transaction', ({ transaction }) => {
    if (transaction.docChanged) session.bodyEdited();
  });
  const desk = new ReviewDesk();
  const onShowPanel = vi.fn();
  const onShowReview = vi.fn();
  const view = render(
    <>
      <ReviewHighlightSync session={session} editor={editor} desk={desk} onShowReview={onShowReview} />
      <ReviewPanel session={session} editor={editor} desk={desk} settings={settings} onShowPanel={onShowPanel} />
      <SuggestToggle editor={editor} session={session} />
    </>,
  );
  const onDisk = () => library.files.get(start.id)!.article;
  /** Position of the first `words` in the body, as ProseMirror counts. */
  const rangeOf = (words: string): { from: number; to: number } => {
    let found: { from: number; to: number } | null = null;
    editor.state.doc.descendants((node, pos) => {
      if (found || !node.isText) return !found;
      const at = node.text!.indexOf(words);
      if (at >= 0) found = { from: pos + at, to: pos + at + words.length };
      return false;
    });
    if (!found) throw new Error(`“${words}” is not in the body.`);
    return found;
  };
  return { editor, session, library, desk, onDisk, onShowPanel, onShowReview, rangeOf, view };
}
