import { sameOriginObjectUrl } from '../../graphql/object-url';
import type { Mask } from '../mask/mask';
import { decodeGreyPng, decodeMaskPng, type GreyImage } from './grey-image';

// Keyed by the object path without the signature: presigned URLs change on every query.
const images = new Map<string, Promise<GreyImage>>();
const LIMIT = 24;

const cacheKey = (url: string) => url.split('?')[0] ?? url;

async function fetchBytes(url: string): Promise<ArrayBuffer> {
  const response = await fetch(sameOriginObjectUrl(url));
  if (!response.ok) throw new Error(`image request failed (${response.status})`);
  return response.arrayBuffer();
}

/** Fetches and decodes an image once; later calls (e.g. after prefetch) resolve immediately. */
export function loadGreyImage(url: string): Promise<GreyImage> {
  const key = cacheKey(url);
  let entry = images.get(key);
  if (!entry) {
    entry = fetchBytes(url).then(decodeGreyPng);
    entry.catch(() => images.delete(key));
    images.set(key, entry);
    if (images.size > LIMIT) images.delete(images.keys().next().value as string);
  }
  return entry;
}

export async function loadMask(url: string): Promise<Mask> {
  return decodeMaskPng(await fetchBytes(url));
}
