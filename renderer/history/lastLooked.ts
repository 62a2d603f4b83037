// "Changes since I last looked", per person (Settings › Your name): when someone opens an article,
// the revision they had last seen is remembered for the visit and the newest revision is marked
// seen; when they leave it (another article, closing it, another name at the keyboard) what it
// has become is marked seen too. The History panel offers the changes from the remembered one.
import type { HistoryApi } from './historyApi';

type LookingApi = Pick<HistoryApi, 'listRevisions' | 'markRevisionSeen' | 'recordRevision'>;

const key = (id: string, viewer: string) => `${id}\n${viewer}`;

export class LastLooked {
  /** By article and person: the revision seen before this visit (null: never looked before). */
  private readonly before = new Map<string, number | null>();
  private readonly listeners = new Set<() => void>();

  constructor(private readonly api: LookingApi) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** What `viewer` had seen of the article before this visit; undefined while not known (or nobody named). */
  seenBefore(id: string, viewer: string): number | null | undefined {
    return this.before.get(key(id, viewer.trim()));
  }

  /** The article is in front of `viewer`: remember what they had seen, and mark the newest seen. */
  async visit(id: string, viewer: string): Promise<void> {
    const name = viewer.trim();
    if (name === '') return;
    const listed = await this.api.listRevisions({ id, viewer: name });
    if (!listed.ok) return;
    const { revisions, lastSeen } = listed.value;
    if (!this.before.has(key(id, name))) {
      this.before.set(key(id, name), lastSeen);
      this.emit();
    }
    const newest = revisions.at(-1)?.rev;
    if (newest !== undefined && newest !== lastSeen) await this.api.markRevisionSeen({ id, viewer: name, rev: newest });
  }

  /**
   * `viewer` is done with the article: `closed` records the article as they leave it (a revision
   * unless the history holds it already); either way they have seen it as it now stands.
   */
  async leave(id: string, viewer: string, closed: boolean): Promise<void> {
    const name = viewer.trim();
    this.before.delete(key(id, name));
    let newest: number | null = null;
    if (closed) {
      const recorded = await this.api.recordRevision({ id, reason: 'close' });
      if (recorded.ok) newest = recorded.value.rev;
    }
    if (name === '') return;
    if (newest === null) {
      const listed = await this.api.listRevisions({ id, viewer: name });
      if (!listed.ok) return;
      newest = listed.value.revisions.at(-1)?.rev ?? null;
      if (newest === listed.value.lastSeen) return;
    }
    if (newest !== null) await this.api.markRevisionSeen({ id, viewer: name, rev: newest });
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
