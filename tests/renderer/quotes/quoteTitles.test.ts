// @vitest-environment jsdom
// Hovering a quotation in the body says who said it; the body's HTML for export does not change.
import { Editor } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { newSource } from '../../../core/article/source';
import { bodyExtensions } from '../../../core/body/extensions';
import { quoteTitle, QuoteTitles, showQuoteSources } from '../../../renderer/quotes/quoteTitles';
import { doc, p, q } from '../../builders/body';

const sources = new Map([
  ['jens', newSource('jens', 'Jens Stoltenberg', { title: 'NATO Secretary General' })],
  ['nato', newSource('nato', '', { title: 'a NATO spokesperson' })],
]);

describe('quotation titles', () => {
  it('name the source and its role, an unnamed one by its role', () => {
    expect(quoteTitle('jens', sources)).toBe('Said by Jens Stoltenberg, NATO Secretary General');
    expect(quoteTitle('nato', sources)).toBe('Said by an unnamed source (a NATO spokesperson)');
    expect(quoteTitle('ghost', sources)).toBe('Attributed to a source that is not in the source list');
    expect(quoteTitle(null, sources)).toBe('No source chosen for this quotation');
  });

  it('leave the body’s HTML as the export sees it', () => {
    const content = doc(p('He said ', q('jens', 'we stand together', 'a'), '.'));
    const plain = new Editor({ extensions: bodyExtensions(), content });
    const titled = new Editor({ extensions: [...bodyExtensions(), QuoteTitles], content });
    expect(titled.getHTML()).toBe(plain.getHTML());
    expect(titled.getHTML()).not.toContain('title=');
  });

  it('show on the quotation in the editor, and follow the source list', () => {
    const editor = new Editor({
      element: document.createElement('div'),
      extensions: [...bodyExtensions(), QuoteTitles],
      content: doc(p('He said ', q('jens', 'we stand together', 'a'), '.')),
    });
    const title = () => editor.view.dom.querySelector('[title]');
    showQuoteSources(editor, [...sources.values()]);
    expect(title()?.textContent).toBe('we stand together');
    expect(title()?.getAttribute('title')).toBe('Said by Jens Stoltenberg, NATO Secretary General');
    showQuoteSources(editor, [newSource('jens', 'Jens Stoltenberg', { title: 'former Secretary General' })]);
    expect(title()?.getAttribute('title')).toBe('Said by Jens Stoltenberg, former Secretary General');
    editor.destroy();
  });
});
