// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import type { Editor } from '@tiptap/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Counts } from '../../../../renderer/editor/body/Counts';
import { IDLE_DELAY_MS } from '../../../../renderer/editor/body/whenIdle';
import { paragraphs, renderBody, type } from './bodyHarness';

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const counts = () => screen.getByRole('group', { name: 'Counts' }).textContent;

/** The body and, as in the status bar, its counts beside it. */
function renderCounted(text: string, lengthTarget: number | null = null): () => Editor {
  const { editor } = renderBody(paragraphs(text));
  render(<Counts editor={editor()} lengthTarget={lengthTarget} />);
  return editor;
}

describe('counts', () => {
  it('shows words, characters, reading time and progress against the target', () => {
    renderCounted('Heavy rain closed the well-known road.', 2000);
    expect(counts()).toContain('6 words');
    expect(counts()).toContain('38 characters');
    expect(counts()).toContain('1 min read');
    expect(counts()).toContain('0% of 2,000 words');
    expect(screen.getByRole('progressbar', { name: 'Length target progress' }).getAttribute('value')).toBe('6');
  });

  it('waits for a pause in typing before counting again', () => {
    const editor = renderCounted('One two three');
    act(() => {
      editor().commands.setTextSelection(14);
    });
    act(() => type(editor(), ' four five'));
    expect(counts()).toContain('3 words');
    act(() => {
      vi.advanceTimersByTime(IDLE_DELAY_MS);
    });
    expect(counts()).toContain('5 words');
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
});
