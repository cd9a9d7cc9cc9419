import { sameOriginObjectUrl } from '../../graphql/object-url';
import { cloneMask, type Mask } from '../mask/mask';
import { decodeGreyPng, decodeMaskPng, type GreyImage } from './grey-image';

// Keyed by the object path without the signature: presigned URLs change on every query. Objects
// under a key never change (new versions get new keys), so a cached decode stays right. A data: URL
// (a mask not yet in the store, served inline) is its own key.
const LIMIT = 24;
const images = new Map<string, Promise<GreyImage>>();
const masks = new Map<string, Promise<Mask>>();
const ready = new Set<string>();

const cacheKey = (url: string) => url.split('?')[0] ?? url;

async function fetchBytes(url: string): Promise<ArrayBuffer> {
  const response = await fetch(sameOriginObjectUrl(url));
  if (!response.ok) throw new Error(`image request failed (${response.status})`);
  return response.arrayBuffer();
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
  return cloneMask(await cached(masks, url, () => fetchBytes(url).then(decodeMaskPng)));
}

/** True when the object behind `url` is already fetched and decoded. */
export function isDecoded(url: string): boolean {
  return ready.has(cacheKey(url));
}
