// A real body editor with live quotation detection, an article session over a fake library, and
// the Dates panel, the Checks panel and the embargo banner rendered around them.
import { Editor } from '@tiptap/core';
import { render } from '@testing-library/react';
import { vi } from 'vitest';
import type { Article } from '../../../core/article/article';
import { Attribution } from '../../../core/attribution/attribution';
import { detectedInEditor } from '../../../core/attribution/from-detection';
import { bodyExtensions } from '../../../core/body/extensions';
import type { BodyJSON } from '../../../core/body/schema';
import { QuoteDetection } from '../../../core/quotes/detection-extension';
import { defaultSettings, type Settings } from '../../../core/settings/settings';
import { ChecksPanel } from '../../../renderer/checks/ChecksPanel';
import { DatesPanel } from '../../../renderer/dates/DatesPanel';
import { EmbargoBanner } from '../../../renderer/dates/EmbargoBanner';
import { ArticleSession } from '../../../renderer/session/articleSession';
import { article, FakeLibrary, paragraphs } from '../fakeApi';

export const NEW_YORK_SETTINGS: Settings = { ...defaultSettings('America/New_York'), yourName: 'Dana Whitfield' };

/** A story with nothing that stops publication: headline, byline, dateline, no quotation, approved by the desk. */
export function readyArticle(changes: Partial<Article> = {}): Article {
  return {
    ...article(
      'article-one',
      'Council votes to rebuild the sea wall',
      paragraphs('The council voted on Monday to rebuild the sea wall.'),
    ),
    bylines: [{ name: 'Amina Rahimi', role: null }],
    dateline: { place: 'PORTHAVEN', timeZone: null },
    review: { stage: 'approved', assignee: null, due: null, log: [], threads: [] },
    ...changes,
  };
}

const openDesks: { editor: Editor; session: ArticleSession }[] = [];

/** Destroys the desks the tests opened before jsdom goes away (an editor keeps a DOM-observer timer). */
export function closeDatesDesks(): void {
  for (const { editor, session } of openDesks.splice(0)) {
    session.dispose();
    editor.destroy();
  }
}

export function datesDesk(start: Article = readyArticle(), settings: Settings = NEW_YORK_SETTINGS) {
  const editor = new Editor({
    extensions: [...bodyExtensions(), QuoteDetection, Attribution.configure({ detected: detectedInEditor })],
    content: start.body,
  });
  const library = new FakeLibrary();
  const opened = library.add(start);
  const session = new ArticleSession({ opened, api: library.api, readBody: () => editor.getJSON() as BodyJSON });
  openDesks.push({ editor, session });
  editor.on('transaction', ({ transaction }) => {
    if (transaction.docChanged) session.bodyEdited();
  });
  const onShowPanel = vi.fn();
  render(
    <>
      <EmbargoBanner session={session} settings={settings} />
      <ChecksPanel session={session} editor={editor} settings={settings} onShowPanel={onShowPanel} />
      <DatesPanel session={session} editor={editor} settings={settings} />
    </>,
  );
  const onDisk = () => library.files.get(start.id)!.article;
  return { editor, session, library, onDisk, onShowPanel };
}
