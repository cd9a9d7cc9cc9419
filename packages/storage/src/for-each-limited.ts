/*
 * Reading or writing many objects a few at a time: imports, the trainer's sample loader, the
 * simulation's oracle and the bright-level measurement all fetch images this way.
 */

/**
 * Runs `fn` over the items with at most `limit` in flight. After the first failure no new item
 * starts, and the promise rejects only once the items already in flight have settled: a rollback
 * that follows must not race writes still under way (they would be left behind as orphans).
 */
export async function forEachLimited<T>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | null = null;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length && !failure) {
      const i = next++;
      try {
        await fn(items[i] as T, i);
      } catch (error) {
        failure ??= { error };
      }
    }
  });
  await Promise.all(workers);
  if (failure) throw (failure as { error: unknown }).error;
}
