// @vitest-environment jsdom
// The "Attribute quotation" picker lists the article's sources as a reporter reads them: a named
// source with its title, an unnamed one by its role, never as ", a NATO spokesperson".
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { newSource } from '../../../core/article/source';
import { AttributePicker } from '../../../renderer/quotes/AttributePicker';

describe('AttributePicker', () => {
  afterEach(() => cleanup());

  it('names an unnamed source by its role and picks it by id', () => {
    const onPick = vi.fn();
    render(
      <AttributePicker
        sources={[
          newSource('jens', 'Jens Stoltenberg', { title: 'NATO Secretary General' }),
          newSource('spokes', '', { title: 'a NATO spokesperson' }),
        ]}
        onPick={onPick}
        onCancel={() => undefined}
      />,
    );
    const options = screen.getAllByRole('option').map((option) => option.textContent);
    expect(options).toEqual(['Jens Stoltenberg, NATO Secretary General', 'Unnamed source (a NATO spokesperson)']);
    fireEvent.click(screen.getByRole('option', { name: 'Unnamed source (a NATO spokesperson)' }));
    expect(onPick).toHaveBeenCalledWith({ sourceId: 'spokes' });
  });
});
