// @vitest-environment jsdom
// The preview of the exported page: the export's own page in a sandboxed frame, caught up with
// the body and the stamps once the reporter pauses, the export's refusal in its place when the
// article cannot be exported, and a Close.
import { Editor } from '@tiptap/core';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../../core/article/article';
import { bodyExtensions } from '../../../core/body/extensions';
import type { BodyJSON } from '../../../core/body/schema';
import { createExporter } from '../../../core/export';
import { defaultSettings } from '../../../core/settings/settings';
import { PREVIEW_DELAY_MS, PreviewPane } from '../../../renderer/export/PreviewPane';
import { previewPage } from '../../../renderer/export/previewDocument';
import { readArticle } from '../../../core/article/read';
import { serializeArticle } from '../../../core/article/serialize';
import { p, unfitDoc } from '../../builders/body';
import { ArticleSession } from '../../../renderer/session/articleSession';
import { article, FakeLibrary, paragraphs } from '../fakeApi';

const SETTINGS = { ...defaultSettings('America/New_York'), yourName: 'Dana Whitfield' };
const open: { editor: Editor; session: ArticleSession }[] = [];

afterEach(() => {
  cleanup();
  for (const { editor, session } of open.splice(0)) {
    session.dispose();
    editor.destroy();
  }
  vi.useRealTimers();
});

function preview(start: Article) {
  const editor = new Editor({ extensions: bodyExtensions(), content: start.body });
  const library = new FakeLibrary();
  const session = new ArticleSession({
    opened: library.add(start),
    api: library.api,
    readBody: () => editor.getJSON() as BodyJSON,
  });
  open.push({ editor, session });
  editor.on('transaction', ({ transaction }) => {
    if (transaction.docChanged) session.bodyEdited();
  });
  const onClose = vi.fn();
  render(<PreviewPane session={session} editor={editor} settings={SETTINGS} onClose={onClose} />);
  return { editor, session, onClose };
}

const frame = () => screen.getByTitle('Exported page') as HTMLIFrameElement;
const story = () =>
  article('article-one', 'Council votes to rebuild the sea wall', paragraphs('The council voted on Monday.'));

describe('the preview of the exported page', () => {
  it('shows the page File › Export Article… writes, in a frame that runs nothing', () => {
    preview(story());

    expect(screen.getByRole('heading', { name: 'Preview of the exported page' })).toBeTruthy();
    expect(frame().getAttribute('sandbox')).toBe('');
    expect(frame().getAttribute('srcdoc')).toBe(createExporter(SETTINGS).document(story()));
  });

  it('catches up with the body once the reporter pauses, not on each keystroke', () => {
    vi.useFakeTimers();
    const { editor } = preview(story());

    act(() => {
      editor.commands.insertContentAt(1, 'Late on Monday, ');
    });
    expect(frame().getAttribute('srcdoc')).not.toContain('Late on Monday,');
    act(() => {
      vi.advanceTimersByTime(PREVIEW_DELAY_MS);
    });
    expect(frame().getAttribute('srcdoc')).toContain('<p>Late on Monday, The council voted on Monday.</p>');
  });

  it('says why an article cannot be exported instead of showing a page', () => {
    const read = readArticle(
      new TextEncoder().encode(
        serializeArticle({
          ...story(),
          version: 2,
          body: unfitDoc(p('Before.'), { type: 'factBox', content: [p('x')] }),
        }),
      ),
    );
    if (!read.ok) throw new Error(read.problem.message);

    expect(previewPage(read.article, SETTINGS)).toEqual({
      ok: false,
      reason: expect.stringMatching(/^The article holds content from a newer version of Byline \(fact box\)/),
    });
  });

  it('closes', () => {
    const { onClose } = preview(story());
    fireEvent.click(screen.getByRole('button', { name: 'Close preview' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
