// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bodyExtensions } from '../../../../core/body/extensions';
import { IDLE_DELAY_MS, whenIdle } from '../../../../renderer/editor/body/whenIdle';
import { tiptapBody } from '../../../../renderer/editor/tiptapBody';

let editor: Editor;

describe('whenIdle', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    editor = new Editor({ element: document.createElement('div'), extensions: bodyExtensions() });
  });
  afterEach(() => {
    editor.destroy();
    vi.useRealTimers();
  });

  it('runs the whole-document work once after a burst of keystrokes, not once per key', () => {
    const run = vi.fn();
    whenIdle(editor, run);
    for (const letter of 'Breaking news') {
      editor.commands.insertContent(letter);
      vi.advanceTimersByTime(50);
    }
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(IDLE_DELAY_MS);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('ignores selection moves and stops after unsubscribing', () => {
    const run = vi.fn();
    const stop = whenIdle(editor, run);
    editor.commands.insertContent('Lede');
    editor.commands.setTextSelection(1);
    vi.advanceTimersByTime(IDLE_DELAY_MS);
    expect(run).toHaveBeenCalledTimes(1);
    editor.commands.setTextSelection(2);
    vi.advanceTimersByTime(IDLE_DELAY_MS);
    expect(run).toHaveBeenCalledTimes(1);
    editor.commands.insertContent('x');
    stop();
    vi.advanceTimersByTime(IDLE_DELAY_MS);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('counts at once when another article is loaded, which is not an edit', () => {
    const run = vi.fn();
    whenIdle(editor, run);
    tiptapBody(editor).load(
      { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Next story' }] }] },
      true,
    );
    expect(run).toHaveBeenCalledTimes(1);
  });
});
