// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState, type ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { SIDE_PANELS, SidePanels, type SidePanel } from '../../../renderer/app/SidePanels';
import type { PartLayout } from '../../../renderer/app/useWorkspaceLayout';

afterEach(() => cleanup());

/** The side panel beside a stand-in article, as a column or (overlay) as a drawer over it. */
function Desk({ overlay }: { overlay: boolean }) {
  const [open, setOpen] = useState(true);
  const [shown, setShown] = useState<SidePanel>('Details');
  const layout: PartLayout = !open ? 'rail' : overlay ? 'drawer' : 'column';
  const sections = Object.fromEntries(
    SIDE_PANELS.map((name) => [name, () => <p>{`The ${name} section`}</p>]),
  ) as Record<SidePanel, () => ReactNode>;
  return (
    <>
      <textarea aria-label="Article" />
      <SidePanels
        part={{ open, overlay, layout, setOpen }}
        shown={shown}
        onShow={(panel) => {
          setShown(panel);
          setOpen(true);
        }}
        articleKey="article-one"
      >
        {sections}
      </SidePanels>
    </>
  );
}

const tab = (name: string) => screen.getByRole('tab', { name });
const shownSection = () => screen.queryByRole('tabpanel')?.textContent ?? null;

describe('the side panel', () => {
  it('keeps every section one tab away, inside the Article details landmark', () => {
    render(<Desk overlay={false} />);
    const landmark = screen.getByRole('complementary', { name: 'Article details' });
    expect(landmark.contains(screen.getByRole('tablist', { name: 'Article panels' }))).toBe(true);
    for (const name of SIDE_PANELS) {
      fireEvent.click(tab(name));
      expect(shownSection()).toBe(`The ${name} section`);
      expect(screen.getByRole('tabpanel', { name })).toBeTruthy();
      expect(tab(name).getAttribute('aria-selected')).toBe('true');
    }
  });

  it('moves between tabs with the arrow keys, Home and End, one tab stop in all', () => {
    render(<Desk overlay={false} />);
    tab('Details').focus();
    fireEvent.keyDown(tab('Details'), { key: 'ArrowDown' });
    expect(document.activeElement).toBe(tab('Sources'));
    expect(shownSection()).toBe('The Sources section');
    // The last section on the rail (History, since the desk's sections came).
    const last = SIDE_PANELS[SIDE_PANELS.length - 1]!;
    fireEvent.keyDown(tab('Sources'), { key: 'End' });
    expect(document.activeElement).toBe(tab(last));
    fireEvent.keyDown(tab(last), { key: 'ArrowDown' });
    expect(document.activeElement).toBe(tab('Details'));
    fireEvent.keyDown(tab('Details'), { key: 'ArrowUp' });
    expect(shownSection()).toBe(`The ${last} section`);
    expect(SIDE_PANELS.filter((name) => tab(name).tabIndex === 0)).toEqual([last]);
  });

  it('hides and shows again, and a tab brings back the section it names', () => {
    render(<Desk overlay={false} />);
    fireEvent.click(screen.getByRole('button', { name: 'Hide panel' }));
    expect(shownSection()).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show panel' }));
    expect(shownSection()).toBe('The Details section');
    fireEvent.click(screen.getByRole('button', { name: 'Hide panel' }));
    fireEvent.click(tab('Checks'));
    expect(shownSection()).toBe('The Checks section');
  });

  it('as a drawer over the article, goes on Escape, a click on the article, or the keyboard moving to it', () => {
    render(<Desk overlay />);
    fireEvent.keyDown(tab('Details'), { key: 'Escape' });
    expect(shownSection()).toBeNull();
    expect(document.activeElement).toBe(tab('Details'));

    fireEvent.click(tab('Quotes'));
    fireEvent.pointerDown(screen.getByRole('textbox', { name: 'Article' }));
    expect(shownSection()).toBeNull();

    fireEvent.click(tab('Quotes'));
    act(() => screen.getByRole('textbox', { name: 'Article' }).focus());
    expect(shownSection()).toBeNull();
  });

  it('as a column, stays beside the article while the reporter writes', () => {
    render(<Desk overlay={false} />);
    fireEvent.pointerDown(screen.getByRole('textbox', { name: 'Article' }));
    act(() => screen.getByRole('textbox', { name: 'Article' }).focus());
    expect(shownSection()).toBe('The Details section');
  });
});
