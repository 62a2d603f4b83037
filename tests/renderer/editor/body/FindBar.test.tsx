// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { paragraphs, renderBody } from './bodyHarness';

afterEach(() => cleanup());

const story = () => paragraphs('Rain fell. The rain in Spain, more rain.', 'Drain the RAIN barrel.');

function openFind(editor: ReturnType<typeof renderBody>['editor'], key: 'f' | 'h') {
  fireEvent.keyDown(editor().view.dom, { key, ctrlKey: true });
  return screen.getByRole('search', { name: 'Find and replace' });
}

const count = () => screen.getByRole('status', { name: 'Match count' }).textContent;

describe('find and replace', () => {
  it('Ctrl+F focuses Find, counts matches, and steps with Enter and Shift+Enter', () => {
    const { editor } = renderBody(story());
    const bar = openFind(editor, 'f');
    const find = within(bar).getByRole('searchbox', { name: 'Find' });
    expect(document.activeElement).toBe(find);
    fireEvent.change(find, { target: { value: 'rain' } });
    expect(count()).toBe('1 of 5');
    fireEvent.keyDown(find, { key: 'Enter' });
    expect(count()).toBe('2 of 5');
    fireEvent.keyDown(find, { key: 'Enter', shiftKey: true });
    fireEvent.keyDown(find, { key: 'Enter', shiftKey: true });
    expect(count()).toBe('5 of 5');
    expect(editor().view.dom.querySelectorAll('.find-match-current')).toHaveLength(1);
  });

  it('narrows with Whole word and Match case, and says when nothing matches', () => {
    const { editor } = renderBody(story());
    const bar = openFind(editor, 'f');
    fireEvent.change(within(bar).getByRole('searchbox', { name: 'Find' }), { target: { value: 'rain' } });
    fireEvent.click(within(bar).getByRole('checkbox', { name: 'Whole word' }));
    expect(count()).toBe('1 of 4');
    fireEvent.click(within(bar).getByRole('checkbox', { name: 'Match case' }));
    expect(count()).toBe('1 of 2');
    fireEvent.change(within(bar).getByRole('searchbox', { name: 'Find' }), { target: { value: 'snow' } });
    expect(count()).toBe('No matches');
  });

  it('Ctrl+H focuses Replace with; Replace all is undone in one step', () => {
    const { editor } = renderBody(story());
    const bar = openFind(editor, 'h');
    const replaceWith = within(bar).getByRole('textbox', { name: 'Replace with' });
    expect(document.activeElement).toBe(replaceWith);
    fireEvent.change(within(bar).getByRole('searchbox', { name: 'Find' }), { target: { value: 'rain' } });
    fireEvent.click(within(bar).getByRole('checkbox', { name: 'Whole word' }));
    fireEvent.change(replaceWith, { target: { value: 'snow' } });
    fireEvent.click(within(bar).getByRole('button', { name: 'Replace all' }));
    expect(editor().getText({ blockSeparator: '\n' })).toBe(
      'snow fell. The snow in Spain, more snow.\nDrain the snow barrel.',
    );
    expect(count()).toBe('No matches');
    act(() => {
      editor().commands.undo();
    });
    expect(editor().getText({ blockSeparator: '\n' })).toBe(
      'Rain fell. The rain in Spain, more rain.\nDrain the RAIN barrel.',
    );
  });

  it('Replace changes the current match only and moves on', () => {
    const { editor } = renderBody(story());
    const bar = openFind(editor, 'h');
    fireEvent.change(within(bar).getByRole('searchbox', { name: 'Find' }), { target: { value: 'Spain' } });
    fireEvent.change(within(bar).getByRole('textbox', { name: 'Replace with' }), { target: { value: 'Portugal' } });
    fireEvent.click(within(bar).getByRole('button', { name: 'Replace' }));
    expect(editor().getText()).toContain('The rain in Portugal, more rain.');
  });

  it('Escape closes the bar and clears the highlights from the body', () => {
    const { editor } = renderBody(story());
    const bar = openFind(editor, 'f');
    fireEvent.change(within(bar).getByRole('searchbox', { name: 'Find' }), { target: { value: 'rain' } });
    expect(editor().view.dom.querySelectorAll('.find-match').length).toBeGreaterThan(0);
    fireEvent.keyDown(within(bar).getByRole('searchbox', { name: 'Find' }), { key: 'Escape' });
    expect(screen.queryByRole('search', { name: 'Find and replace' })).toBeNull();
    expect(editor().view.dom.querySelectorAll('.find-match')).toHaveLength(0);
  });

  it('opens from the workspace menu command through the pane handle', () => {
    const { pane } = renderBody(story());
    act(() => pane.current?.openFind('replace'));
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Replace with' }));
  });
});
