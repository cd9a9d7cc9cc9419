import { setTimeout as sleep } from 'node:timers/promises';

/**
 * How often at most a queueCounts / presence subscriber re-queries. Every claim and submission of a
 * dataset announces a change; with 50 annotators that is tens of events a second, each of which
 * would cost every subscriber a re-query. Counts a second old are fresh enough for a dashboard.
 */
export const LIVE_COUNTS_WINDOW_MS = 1000;

/**
 * Passes the first event of a burst at once, then at most one per window: the latest, so the last
 * state is always delivered (events here only say "re-read", their payloads are interchangeable).
 */
export function coalesceBursts<T>(
  source: AsyncIterableIterator<T>,
  windowMs: number,
): AsyncIterableIterator<T> {
  let latest: { value: T } | null = null;
  let sourceDone = false;
  let wake: (() => void) | null = null;
  let lastEmit = Number.NEGATIVE_INFINITY;
  const notify = () => {
    const resolve = wake;
    wake = null;
    resolve?.();
  };
  void (async () => {
    try {
      for await (const value of { [Symbol.asyncIterator]: () => source }) {
        latest = { value };
        notify();
      }
    } finally {
      sourceDone = true;
      notify();
    }
  })();
  const iterator: AsyncIterableIterator<T> = {
    async next(): Promise<IteratorResult<T>> {
      while (!latest && !sourceDone) await new Promise<void>((resolve) => (wake = resolve));
      const wait = lastEmit + windowMs - Date.now();
      // the rest of the burst arrives meanwhile and replaces `latest`
      if (latest && wait > 0) await sleep(wait);
      const current = latest as { value: T } | null;
      if (!current) return { value: undefined, done: true };
      latest = null;
      lastEmit = Date.now();
      return { value: current.value, done: false };
    },
    async return(): Promise<IteratorResult<T>> {
      sourceDone = true;
      notify();
      await source.return?.();
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
