import DataLoader from 'dataloader';
import type { ApiContext } from './context';

/**
 * Rows looked up by id, batched per request: a page of 200 patches asking for their specimen makes
 * one `id = any(...)` query, not 200 queries queued on the shared pool ahead of everyone else's
 * (bench:abuse measured 0.8-1.2 s for such a page, and the annotators' p99 with it). Nothing is
 * cached: a subscription's context lives as long as the subscription, and rows change meanwhile.
 */
type FetchByIds<T> = (ctx: ApiContext, ids: readonly string[]) => Promise<(T & { id: string })[]>;

const loadersByContext = new WeakMap<ApiContext, Map<FetchByIds<unknown>, DataLoader<string, unknown>>>();

export function batchedLookup<T>(fetch: FetchByIds<T>) {
  return (ctx: ApiContext, id: string): Promise<T | null> => {
    let loaders = loadersByContext.get(ctx);
    if (!loaders) {
      loaders = new Map();
      loadersByContext.set(ctx, loaders);
    }
    let loader = loaders.get(fetch as FetchByIds<unknown>) as DataLoader<string, T | null> | undefined;
    if (!loader) {
      loader = new DataLoader<string, T | null>(
        async (ids) => {
          const rows = new Map((await fetch(ctx, ids)).map((row) => [row.id, row]));
          return ids.map((id) => rows.get(id) ?? null);
        },
        { cache: false },
      );
      loaders.set(fetch as FetchByIds<unknown>, loader as DataLoader<string, unknown>);
    }
    return loader.load(id);
  };
}

/** The same, for a reference that must exist (a foreign key): a missing row is a server fault. */
export function requiredLookup<T>(what: string, lookup: (ctx: ApiContext, id: string) => Promise<T | null>) {
  return async (ctx: ApiContext, id: string): Promise<T> => {
    const row = await lookup(ctx, id);
    if (!row) throw new Error(`${what} ${id} not found`);
    return row;
  };
}
