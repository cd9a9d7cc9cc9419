import { sameOriginObjectUrl } from '../../graphql/object-url';
import { cloneMask, type Mask } from '../mask/mask';
import { decodeGreyPng, decodeMaskPng, type GreyImage } from './grey-image';

// Keyed by the object path without the signature: presigned URLs change on every query. Objects
// under a key never change (new versions get new keys), so a cached decode stays right.
const LIMIT = 24;
const images = new Map<string, Promise<GreyImage>>();
const masks = new Map<string, Promise<Mask>>();
const ready = new Set<string>();

const cacheKey = (url: string) => url.split('?')[0] ?? url;

/**
 * Waits before asking again for a mask the store does not have yet: a saved mask commits with its
 * annotation and reaches the object store just after (the API's PendingObject outbox), so a page that
 * asks within those milliseconds, or while the store catches up, gets a 404 that will not last.
 */
const MASK_NOT_YET_UPLOADED_RETRIES_MS = [250, 500, 1000];

async function fetchBytes(url: string, notFoundRetriesMs: readonly number[] = []): Promise<ArrayBuffer> {
  for (let attempt = 0; ; attempt++) {
    const response = await fetch(sameOriginObjectUrl(url));
    if (response.ok) return response.arrayBuffer();
    const wait = response.status === 404 ? notFoundRetriesMs[attempt] : undefined;
    if (wait === undefined) throw new Error(`image request failed (${response.status})`);
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

function cached<T>(cache: Map<string, Promise<T>>, url: string, load: () => Promise<T>): Promise<T> {
  const key = cacheKey(url);
  let entry = cache.get(key);
  if (!entry) {
    entry = load();
    entry.then(
      () => ready.add(key),
      () => cache.delete(key),
    );
    cache.set(key, entry);
    if (cache.size > LIMIT) {
      const oldest = cache.keys().next().value as string;
      cache.delete(oldest);
      ready.delete(oldest);
    }
  }
  return entry;
}

/** Fetches and decodes an image once; later calls (e.g. after prefetch) resolve immediately. */
export function loadGreyImage(url: string): Promise<GreyImage> {
  return cached(images, url, () => fetchBytes(url).then(decodeGreyPng));
}

/** A mask PNG, decoded once; each caller gets its own copy (the editor paints masks in place). */
export async function loadMask(url: string): Promise<Mask> {
  return cloneMask(
    await cached(masks, url, () => fetchBytes(url, MASK_NOT_YET_UPLOADED_RETRIES_MS).then(decodeMaskPng)),
  );
}

/** True when the object behind `url` is already fetched and decoded. */
export function isDecoded(url: string): boolean {
  return ready.has(cacheKey(url));
}
