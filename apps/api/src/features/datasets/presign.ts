import { type PendingObjectBody, pendingObjectsByKey } from '@hep2/db';
import DataLoader from 'dataloader';
import type { ApiContext } from '../../graphql/context';

/** Short-lived read URL for an object; bytes never travel through GraphQL. */
export function presignRead(ctx: ApiContext, key: string | null): Promise<string> | null {
  return key ? ctx.publicStore.presignedGet(key, ctx.config.PRESIGN_TTL_SECONDS) : null;
}

/**
 * A URL for a saved annotation mask that works from the moment of its commit. The mask commits in
 * the PendingObject outbox and reaches the object store just after, or once the store is back when
 * it was down: until then a presigned URL answers 404, so the mask comes inline instead, as a
 * `data:` URL (a mask PNG is a few hundred bytes to a few kB). Almost always the outbox is empty and
 * this costs one indexed lookup per request, batched over every mask the request resolves.
 */
export async function annotationMaskUrl(ctx: ApiContext, key: string | null): Promise<string | null> {
  if (!key) return null;
  const pending = await pendingObjectsOf(ctx).load(key);
  if (pending) return `data:${pending.contentType};base64,${Buffer.from(pending.body).toString('base64')}`;
  return presignRead(ctx, key);
}

// One loader per context, batching the masks resolved in the same tick. It caches nothing: a
// subscription's context lives as long as the subscription.
const pendingLoaders = new WeakMap<ApiContext, DataLoader<string, PendingObjectBody | null>>();

function pendingObjectsOf(ctx: ApiContext): DataLoader<string, PendingObjectBody | null> {
  let loader = pendingLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(
      async (keys: readonly string[]) => {
        const pending = await pendingObjectsByKey(ctx.db, keys);
        return keys.map((key) => pending.get(key) ?? null);
      },
      { cache: false },
    );
    pendingLoaders.set(ctx, loader);
  }
  return loader;
}
