// A real body editor with live detection and attribution, an article session over a fake library,
// and the quotes and sources UI rendered around them.
import { Editor } from '@tiptap/core';
import { render } from '@testing-library/react';
import type { Source } from '../../../core/article/source';
import { Attribution } from '../../../core/attribution/attribution';
import type { DetectedQuotations } from '../../../core/attribution/detected';
import { detectedInEditor } from '../../../core/attribution/from-detection';
import { markedQuotes } from '../../../core/attribution/marked-quotes';
import { bodyExtensions } from '../../../core/body/extensions';
import type { BodyJSON } from '../../../core/body/schema';
import { QuoteDetection } from '../../../core/quotes/detection-extension';
import { QuoteSuggestion } from '../../../renderer/quotes/QuoteSuggestion';
import { QuotesPanel } from '../../../renderer/quotes/QuotesPanel';
import { ArticleSession } from '../../../renderer/session/articleSession';
import { SourcesPanel } from '../../../renderer/sources/SourcesPanel';
import { article, FakeLibrary } from '../fakeApi';
import { stagedDetection } from './offers';

const openDesks: { editor: Editor; session: ArticleSession }[] = [];

/**
 * Destroys the editors and sessions the tests opened, before jsdom goes away: an editor left
 * alive keeps a DOM-observer timer that would fire after the test file's document is gone.
 */
export function closeQuotesDesks(): void {
  for (const { editor, session } of openDesks.splice(0)) {
    session.dispose();
    const mount = editor.view.dom.parentElement;
    editor.destroy();
    mount?.remove();
  }
}

/** `detect` stands in for the detector (offers.ts's stagedDetection); without it the real one reads the body. */
export function quotesDesk(body: BodyJSON, sources: Source[] = [], detect?: DetectedQuotations) {
  const editor = new Editor({
    // In the document, so the body can take the focus the attribution popup waits for.
    element: document.body.appendChild(document.createElement('div')),
    extensions: detect
      ? [...bodyExtensions(), Attribution.configure({ detected: detect })]
      : [...bodyExtensions(), QuoteDetection, Attribution.configure({ detected: detectedInEditor })],
    content: body,
  });
  const library = new FakeLibrary();
  const opened = library.add({ ...article('article-one', 'Allies meet'), sources, body });
  const session = new ArticleSession({ opened, api: library.api, readBody: () => editor.getJSON() as BodyJSON });
  openDesks.push({ editor, session });
  editor.on('transaction', ({ transaction }) => {
    if (transaction.docChanged) session.bodyEdited();
  });
  render(
    <>
      <QuoteSuggestion editor={editor} session={session} />
      <SourcesPanel session={session} editor={editor} />
      <QuotesPanel session={session} editor={editor} />
    </>,
  );
  const saved = async () => {
    await session.save();
    return library.files.get('article-one')!.article;
  };
  /** Puts the cursor a few characters into the first occurrence of `text`, the body focused as a reporter's click leaves it. */
  const cursorIn = (text: string) => {
    editor.view.focus();
    let at = -1;
    editor.state.doc.descendants((node, pos) => {
      if (at < 0 && node.isText && node.text!.includes(text)) at = pos + node.text!.indexOf(text) + 2;
    });
    editor.commands.setTextSelection(at);
  };
  const quotes = () => markedQuotes(editor.state.doc).map((quote) => ({ text: quote.text, sourceId: quote.sourceId }));
  return { editor, session, saved, cursorIn, quotes };
}

/** The Stoltenberg story as a detector sure enough of both speakers for one click reports it. */
export const stoltenbergSure = stagedDetection([
  {
    words: 'We stand together,',
    speaker: 'Jens Stoltenberg',
    speakerTitle: 'NATO Secretary General',
    offer: 'one-click',
    cue: { kind: 'name', words: 'Jens Stoltenberg' },
  },
  {
    words: 'Allies will not be divided,',
    speaker: 'Jens Stoltenberg',
    offer: 'one-click',
    cue: { kind: 'part-name', words: 'Stoltenberg' },
  },
]);

export const stoltenbergBody: BodyJSON = {
  type: 'doc',
  content: [
    '“We stand together,” NATO Secretary General Jens Stoltenberg said on Monday.',
    'Ministers met for two hours behind closed doors.',
    '“Allies will not be divided,” Stoltenberg added.',
  ].map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
};

/** What a screen reader reads after a button's name: the text of what its aria-describedby points at. */
export const describedBy = (button: HTMLElement): string =>
  (button.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter((id) => id !== '')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
