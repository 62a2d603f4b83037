// What the Review section shares with the rest of the workspace, alive while the section itself
// may be closed: the thread whose words were clicked in the body, a comment being written (with
// the body's selection taken when it was asked for).
import type { BodySelection } from './CommentComposer';

export interface ReviewDeskState {
  activeThread: string | null;
  /** A new comment being written; `request` changes each time it is asked for again. */
  composing: { selection: BodySelection | null; request: number } | null;
}

export class ReviewDesk {
  private state: ReviewDeskState = { activeThread: null, composing: null };
  private readonly listeners = new Set<() => void>();

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): ReviewDeskState => this.state;

  showThread(threadId: string | null): void {
    this.set({ activeThread: threadId });
  }

  compose(selection: BodySelection | null): void {
    this.set({ composing: { selection, request: (this.state.composing?.request ?? 0) + 1 } });
  }

  closeComposer(): void {
    this.set({ composing: null });
  }

  private set(patch: Partial<ReviewDeskState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }
}
