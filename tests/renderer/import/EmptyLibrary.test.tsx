// @vitest-environment jsdom
// An empty library says how articles come in: a new one, an import, or a file dropped on the window.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EmptyLibrary } from '../../../renderer/import/EmptyLibrary';

afterEach(() => cleanup());

describe('the empty library', () => {
  it('offers Write a new article and Import a file…, and says a file can be dropped', () => {
    const onNew = vi.fn();
    const onImport = vi.fn();
    render(<EmptyLibrary onNew={onNew} onImport={onImport} />);
    expect(screen.getByRole('note', { name: 'Empty library' }).textContent).toBe(
      'No articles yet.Write a new articleImport a file…Or drop a .docx, .html or .txt file here.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Write a new article' }));
    fireEvent.click(screen.getByRole('button', { name: 'Import a file…' }));
    expect(onNew).toHaveBeenCalledOnce();
    expect(onImport).toHaveBeenCalledOnce();
  });
});
