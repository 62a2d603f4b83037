// @vitest-environment jsdom
// A notice goes by itself after a few seconds unless it is an error or the reporter is reading it.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Notice, NOTICE_MS } from '../../../renderer/dialogs/Notice';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const show = (tone: 'status' | 'alert') => {
  const onDismiss = vi.fn();
  render(<Notice text="Imported “Sea wall”." tone={tone} label="Notice" onDismiss={onDismiss} />);
  return onDismiss;
};

describe('notices', () => {
  it('dismiss themselves after eight seconds', () => {
    vi.useFakeTimers();
    const onDismiss = show('status');
    act(() => vi.advanceTimersByTime(NOTICE_MS - 1));
    expect(onDismiss).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(1));
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it('stay while the pointer or the focus is on them, and for a full read after', () => {
    vi.useFakeTimers();
    const onDismiss = show('status');
    const notice = screen.getByRole('status', { name: 'Notice' });
    fireEvent.pointerEnter(notice);
    act(() => vi.advanceTimersByTime(NOTICE_MS * 3));
    expect(onDismiss).not.toHaveBeenCalled();
    fireEvent.pointerLeave(notice);
    fireEvent.focus(screen.getByRole('button', { name: 'Dismiss' }));
    act(() => vi.advanceTimersByTime(NOTICE_MS * 3));
    expect(onDismiss).not.toHaveBeenCalled();
    fireEvent.blur(screen.getByRole('button', { name: 'Dismiss' }));
    act(() => vi.advanceTimersByTime(NOTICE_MS));
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it('keep an error until it is closed', () => {
    vi.useFakeTimers();
    const onDismiss = show('alert');
    act(() => vi.advanceTimersByTime(NOTICE_MS * 10));
    expect(onDismiss).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledOnce();
  });
});
