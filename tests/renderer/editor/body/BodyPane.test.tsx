// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { paragraphs, renderBody, type } from './bodyHarness';

afterEach(() => cleanup());

describe('formatting toolbar', () => {
  it('shows bold as pressed once the selection is bold', () => {
    const { editor } = renderBody(paragraphs('Minister resigns'));
    const toolbar = screen.getByRole('toolbar', { name: 'Formatting' });
    const bold = within(toolbar).getByRole('button', { name: 'Bold' });
    expect(bold.getAttribute('aria-pressed')).toBe('false');
    act(() => {
      editor().commands.setTextSelection({ from: 1, to: 9 });
    });
    fireEvent.click(bold);
    expect(bold.getAttribute('aria-pressed')).toBe('true');
    expect(editor().getJSON().content?.[0]?.content?.[0]).toMatchObject({
      text: 'Minister',
      marks: [{ type: 'bold' }],
    });
  });

  it('carries every control the contract names, Undo and Redo first, one of them in the tab order', () => {
    renderBody(paragraphs('x'));
    const names = [
      'Undo',
      'Redo',
      'Paragraph style: Paragraph',
      'Bold',
      'Italic',
      'Strikethrough',
      'Link',
      'Bulleted list',
      'Numbered list',
      'Block quotation',
      'Pull quote',
      'Horizontal rule',
      'Comment',
      'More formatting',
    ];
    const buttons = within(screen.getByRole('toolbar', { name: 'Formatting' })).getAllByRole('button');
    expect(buttons.map((button) => button.getAttribute('aria-label'))).toEqual(names);
    expect(buttons.filter((button) => button.tabIndex === 0)).toHaveLength(1);
  });

  it('names each action and its shortcut in a tooltip, and keeps the shortcut for screen readers', () => {
    renderBody(paragraphs('x'));
    const toolbar = screen.getByRole('toolbar', { name: 'Formatting' });
    const bold = within(toolbar).getByRole('button', { name: 'Bold' });
    expect(bold.dataset.tooltip).toBe('Bold (Ctrl+B)');
    expect(bold.getAttribute('aria-keyshortcuts')).toBe('Control+B');
    expect(within(toolbar).getByRole('button', { name: 'Redo' }).dataset.tooltip).toBe('Redo (Ctrl+Shift+Z)');
    expect(within(toolbar).getByRole('button', { name: 'Horizontal rule' }).dataset.tooltip).toBe('Horizontal rule');
    expect(toolbar.dataset.covers).toBe('top');
  });

  it('sets the paragraph style from its menu, with the keyboard, and shows the style under the cursor', () => {
    const { editor } = renderBody(paragraphs('Minister resigns', 'She left on Monday.'));
    act(() => {
      editor().commands.setTextSelection(3);
    });
    const style = screen.getByRole('button', { name: 'Paragraph style: Paragraph' });
    fireEvent.keyDown(style, { key: 'ArrowDown' });
    const menu = screen.getByRole('menu', { name: 'Paragraph styles' });
    const items = within(menu).getAllByRole('menuitemradio');
    expect(items.map((item) => item.textContent)).toEqual([
      '✓ParagraphCtrl+Alt+0',
      'Heading 2Ctrl+Alt+2',
      'Heading 3Ctrl+Alt+3',
      'Heading 4Ctrl+Alt+4',
    ]);
    expect(items[0]!.getAttribute('aria-checked')).toBe('true');
    expect(document.activeElement).toBe(items[0]);
    fireEvent.keyDown(menu, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items[1]);
    fireEvent.keyDown(menu, { key: 'Enter' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(editor().getJSON().content?.[0]).toMatchObject({ type: 'heading', attrs: { level: 2 } });
    expect(screen.getByRole('button', { name: 'Paragraph style: Heading 2' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Paragraph style: Heading 2' }));
    fireEvent.click(screen.getByRole('menuitemradio', { name: 'Paragraph' }));
    expect(editor().getJSON().content?.[0]?.type).toBe('paragraph');
  });

  it('Escape closes a menu back on its button', () => {
    renderBody(paragraphs('x'));
    const style = screen.getByRole('button', { name: 'Paragraph style: Paragraph' });
    fireEvent.click(style);
    fireEvent.keyDown(screen.getByRole('menu'), { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(style);
    expect(style.getAttribute('aria-expanded')).toBe('false');
  });

  it('moves between controls with the arrow keys, wrapping at the ends', () => {
    renderBody(paragraphs('x'));
    const toolbar = screen.getByRole('toolbar', { name: 'Formatting' });
    const undo = within(toolbar).getByRole('button', { name: 'Undo' });
    undo.focus();
    fireEvent.keyDown(undo, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(within(toolbar).getByRole('button', { name: 'More formatting' }));
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Paragraph style: Paragraph');
    expect(undo.tabIndex).toBe(-1);
  });

  it('turns the paragraph into a pull quote and back', () => {
    const { editor } = renderBody(paragraphs('We will rebuild'));
    act(() => {
      editor().commands.setTextSelection(3);
    });
    const pullQuote = screen.getByRole('button', { name: 'Pull quote' });
    fireEvent.click(pullQuote);
    expect(editor().getJSON().content?.[0]?.type).toBe('pullQuote');
    expect(pullQuote.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(pullQuote);
    expect(editor().getJSON().content?.[0]?.type).toBe('paragraph');
    expect(editor().getText()).toContain('We will rebuild');
  });

  it('does not re-render React while the reporter types', () => {
    const { editor, commits } = renderBody(paragraphs(''));
    act(() => {
      editor().commands.setTextSelection(1);
      // The first keystroke enables Undo: one render, and then none per key.
      type(editor(), 'F');
    });
    const before = commits();
    act(() => type(editor(), 'loods close the Kabul road'));
    expect(commits()).toBe(before);
  });
});

describe('link popover', () => {
  it('refuses a javascript: address with an alert and links a bare domain over https', () => {
    const { editor } = renderBody(paragraphs('Read the report'));
    act(() => {
      editor().commands.setTextSelection({ from: 10, to: 16 });
    });
    fireEvent.keyDown(editor().view.dom, { key: 'k', ctrlKey: true });
    const dialog = screen.getByRole('dialog', { name: 'Link' });
    const address = within(dialog).getByRole('textbox', { name: 'Link address' });
    expect(document.activeElement).toBe(address);

    fireEvent.change(address, { target: { value: 'javascript:alert(1)' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Apply' }));
    expect(within(dialog).getByRole('alert').textContent).toMatch(/http, https.*mailto/);
    expect(JSON.stringify(editor().getJSON())).not.toContain('javascript');

    fireEvent.change(address, { target: { value: 'example.com' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Apply' }));
    expect(screen.queryByRole('dialog', { name: 'Link' })).toBeNull();
    expect(editor().getJSON().content?.[0]?.content?.[1]).toMatchObject({
      text: 'report',
      marks: [{ type: 'link', attrs: { href: 'https://example.com' } }],
    });
  });

  it('removes the link under the cursor', () => {
    const { editor } = renderBody({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'agenda', marks: [{ type: 'link', attrs: { href: 'https://example.com' } }] },
          ],
        },
      ],
    });
    act(() => {
      editor().commands.setTextSelection(3);
    });
    fireEvent.click(screen.getByRole('button', { name: 'Link' }));
    expect((screen.getByRole('textbox', { name: 'Link address' }) as HTMLInputElement).value).toBe(
      'https://example.com',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Remove link' }));
    expect(editor().getJSON().content?.[0]?.content?.[0]).toEqual({ type: 'text', text: 'agenda' });
  });
});

describe('smart typography setting', () => {
  it('flips at the next keystroke without rebuilding the editor', () => {
    const { editor, setSmartTypography } = renderBody(paragraphs(''));
    const first = editor();
    act(() => {
      first.commands.setTextSelection(1);
      type(first, '"Yes"');
    });
    expect(first.getText()).toBe('\u201CYes\u201D');
    setSmartTypography(false);
    expect(editor()).toBe(first);
    act(() => type(first, ' "No"'));
    expect(first.getText()).toBe('\u201CYes\u201D "No"');
  });
});
