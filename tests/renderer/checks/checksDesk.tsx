// The Checks panel over a real body editor whose detector is staged (tests/renderer/quotes/offers.ts),
// so each quotation comes with the offer the test needs, whatever the calibration's bounds are.
import { Editor } from '@tiptap/core';
import { render } from '@testing-library/react';
import { vi } from 'vitest';
import type { Article } from '../../../core/article/article';
import { Attribution } from '../../../core/attribution/attribution';
import { bodyExtensions } from '../../../core/body/extensions';
import type { BodyJSON } from '../../../core/body/schema';
import { ChecksPanel } from '../../../renderer/checks/ChecksPanel';
import { ArticleSession } from '../../../renderer/session/articleSession';
import { NEW_YORK_SETTINGS } from '../dates/datesDesk';
import { FakeLibrary } from '../fakeApi';
import { stagedDetection, type StagedQuotation } from '../quotes/offers';

const openDesks: { editor: Editor; session: ArticleSession }[] = [];

/** Destroys the desks the tests opened before jsdom goes away (an editor keeps a DOM-observer timer). */
export function closeChecksDesks(): void {
  for (const { editor, session } of openDesks.splice(0)) {
    session.dispose();
    editor.destroy();
  }
}

export function checksDesk(start: Article, staged: readonly StagedQuotation[]) {
  const editor = new Editor({
    extensions: [...bodyExtensions(), Attribution.configure({ detected: stagedDetection(staged) })],
    content: start.body,
  });
  const library = new FakeLibrary();
  const session = new ArticleSession({
    opened: library.add(start),
    api: library.api,
    readBody: () => editor.getJSON() as BodyJSON,
  });
  openDesks.push({ editor, session });
  editor.on('transaction', ({ transaction }) => {
    if (transaction.docChanged) session.bodyEdited();
  });
  render(<ChecksPanel session={session} editor={editor} settings={NEW_YORK_SETTINGS} onShowPanel={vi.fn()} />);
  return { editor, session };
}
