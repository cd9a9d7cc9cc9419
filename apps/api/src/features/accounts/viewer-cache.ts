import { LRUCache } from 'lru-cache';
import type { Viewer } from '../../graphql/context';
import { topics } from '../events/topics';

/** What the cache needs of the event bus (EventBus provides it). */
export interface ViewerEvents {
  readonly listening: boolean;
  onEvent(topic: string, handler: (payload: Record<string, unknown>) => void): () => void;
  onGap(listener: () => void): () => void;
}

const MAX_ENTRIES = 10_000;

/**
 * The signed-in viewers this process resolved recently (at most `ttlSeconds`, VIEWER_CACHE_SECONDS),
 * by the hash of their session secret. Every GraphQL request of a browser needs its viewer, and
 * looking it up was a database round trip ahead of every resolver: a fifth of the statements of an
 * annotator's claim-fetch-submit loop (measured in docs/results/2026-11-27-workflow-bench-api.md).
 *
 * An entry is served only while it cannot be wrong:
 * - triggers in SQL announce every change a viewer depends on (session revoked, shortened or
 *   deleted; user's role, name, email or active flag changed) to every replica, whoever wrote it,
 *   and the user's entries are dropped when the announcement arrives (milliseconds after commit);
 * - while the event connection is down, nothing is served or kept, and everything kept before is
 *   dropped (announcements may have been missed);
 * - a lookup that overlapped an announcement is not kept (it may have read the row before the change);
 * - entries live at most `ttlSeconds` and never past the session's own expiry.
 * API tokens are not cached: scripts use them, and each use records `lastUsedAt`.
 */
export class ViewerCache {
  private readonly entries: LRUCache<string, Viewer>;
  /** Bumped on every invalidation, so that a lookup racing one is not kept. */
  private generation = 0;

  constructor(
    private readonly events: ViewerEvents,
    private readonly ttlSeconds: number,
  ) {
    this.entries = new LRUCache<string, Viewer>({ max: MAX_ENTRIES, ttl: Math.max(1, ttlSeconds) * 1000 });
    events.onEvent(topics.viewerChanged, (payload) => {
      if (typeof payload.userId === 'string') this.forgetUser(payload.userId);
      else this.clear();
    });
    events.onGap(() => this.clear());
  }

  get enabled(): boolean {
    return this.ttlSeconds > 0 && this.events.listening;
  }

  get(tokenHash: string): Viewer | undefined {
    return this.enabled ? this.entries.get(tokenHash) : undefined;
  }

  /** Call before looking a viewer up; hand the result to `keep`. */
  startLookup(): number {
    return this.generation;
  }

  /** Keeps a viewer looked up since `lookup` began, unless an invalidation came in between. */
  keep(tokenHash: string, viewer: Viewer, sessionExpiresAt: Date, lookup: number): void {
    if (!this.enabled || lookup !== this.generation) return;
    const untilExpiry = sessionExpiresAt.getTime() - Date.now();
    const ttl = Math.min(this.ttlSeconds * 1000, untilExpiry);
    // frozen: one object now serves many requests, none may change it for the others
    if (ttl > 0) this.entries.set(tokenHash, Object.freeze({ ...viewer }), { ttl });
  }

  /** Drops every entry of one user (their sessions, role or account changed). */
  forgetUser(userId: string): void {
    this.generation++;
    const hashes = [...this.entries.entries()].filter(([, viewer]) => viewer.id === userId);
    for (const [hash] of hashes) this.entries.delete(hash);
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
  }
}
