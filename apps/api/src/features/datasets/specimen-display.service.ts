import { posix } from 'node:path';
import { DEFAULT_MAX_PIXELS, type DisplayWindow, decodeImage, makeDisplayCopy } from '@hep2/data';
import type { ObjectStore } from '@hep2/storage';

/**
 * The browser-readable display copy of a specimen. Browsers cannot decode the stored original
 * (TIFF, often 16-bit), so previews and the curator's specimen view show an 8-bit PNG, windowed once
 * from the specimen's own statistics and shrunk to at most 1600 px.
 *
 * Made lazily, on the first request that needs it, rather than at import: specimens imported before
 * this existed (and those written by uploads, the seed or the generator) get one without a backfill
 * job, and the import path stays as it is. The keys sit beside the original and are derived from its
 * key (which holds the content hash), so a copy is made once per content and never goes stale; the
 * version in the name lets a changed recipe make new copies instead of serving old ones. A 1388x1040
 * TIFF takes well under a second; concurrent first requests in one process share one conversion, and
 * two processes at once write the same bytes to the same key.
 */
export const DISPLAY_COPY_VERSION = 1;

export interface SpecimenDisplay extends DisplayWindow {
  /** Object key of the 8-bit PNG. */
  key: string;
  /** Size of the PNG (may be smaller than the specimen). */
  width: number;
  height: number;
  /** Bit depth of the original the window is expressed in. */
  bitDepth: number;
  version: number;
}

export function displayKeys(imageKey: string): { png: string; json: string } {
  const dir = posix.dirname(imageKey);
  const base = posix.basename(imageKey).replace(/\.[^.]*$/, '');
  const stem = `${dir === '.' ? '' : `${dir}/`}${base}.display-v${DISPLAY_COPY_VERSION}`;
  return { png: `${stem}.png`, json: `${stem}.json` };
}

const inFlight = new Map<string, Promise<SpecimenDisplay>>();

/** The specimen's display copy and window, made and stored on first use. */
export function ensureSpecimenDisplay(store: ObjectStore, imageKey: string): Promise<SpecimenDisplay> {
  const keys = displayKeys(imageKey);
  let pending = inFlight.get(keys.json);
  if (!pending) {
    pending = readOrMake(store, imageKey, keys).finally(() => inFlight.delete(keys.json));
    inFlight.set(keys.json, pending);
  }
  return pending;
}

async function readOrMake(
  store: ObjectStore,
  imageKey: string,
  keys: { png: string; json: string },
): Promise<SpecimenDisplay> {
  // The JSON is written after the PNG, so its presence means the copy is complete.
  if (await store.stat(keys.json)) {
    const stored = JSON.parse((await store.get(keys.json)).toString('utf8')) as SpecimenDisplay;
    if (stored.version === DISPLAY_COPY_VERSION) return stored;
  }
  const original = await decodeImage(await store.get(imageKey), { maxPixels: DEFAULT_MAX_PIXELS });
  const copy = await makeDisplayCopy(original);
  const display: SpecimenDisplay = {
    ...copy.window,
    key: keys.png,
    width: copy.width,
    height: copy.height,
    bitDepth: original.bitDepth,
    version: DISPLAY_COPY_VERSION,
  };
  await store.put(keys.png, copy.png, 'image/png');
  await store.put(keys.json, Buffer.from(JSON.stringify(display)), 'application/json');
  return display;
}
