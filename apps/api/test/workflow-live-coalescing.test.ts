import { describe, expect, it } from 'vitest';
import { AsyncQueue } from '../src/features/events/async-queue';
import { coalesceBursts } from '../src/features/queue/live-coalescing';

describe('coalesceBursts (queueCounts / presence subscriptions)', () => {
  it('passes the first event of a burst, then only the latest one per window', async () => {
    const source = new AsyncQueue<number>(() => {});
    const live = coalesceBursts(source, 50);
    for (let i = 1; i <= 20; i++) source.push(i);
    expect(await live.next()).toEqual({ value: 1, done: false });
    // events 2..20 arrived within the window: one re-query, for the latest
    expect(await live.next()).toEqual({ value: 20, done: false });
    source.push(21);
    expect(await live.next()).toEqual({ value: 21, done: false });
    await live.return?.();
    expect(await live.next()).toEqual({ value: undefined, done: true });
  });

  it('ends when the subscriber leaves while waiting for events', async () => {
    let closed = false;
    const source = new AsyncQueue<number>(() => {
      closed = true;
    });
    const live = coalesceBursts(source, 50);
    const pending = live.next();
    await live.return?.();
    expect(await pending).toEqual({ value: undefined, done: true });
    expect(closed).toBe(true);
  });
});
