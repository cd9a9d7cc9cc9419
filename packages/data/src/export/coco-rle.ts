/** COCO's uncompressed RLE: run lengths over the column-major pixels, starting with a background run. */
export interface CocoRle {
  size: [height: number, width: number];
  counts: number[];
}

/** A row-major mask; which nonzero value marks the foreground is the caller's (255 in PNGs, 1 in the editor). */
export interface RleMask {
  width: number;
  height: number;
  data: Uint8Array;
}

/** An RLE that describes no mask: a size that is not [height, width], or runs that do not cover it. */
export class RleError extends Error {
  override name = 'RleError';
}

/** Encodes a row-major mask (any nonzero pixel is foreground) as COCO RLE. */
export function encodeRle(mask: RleMask): CocoRle {
  const { width, height, data } = mask;
  const counts: number[] = [];
  let current = 0;
  let run = 0;
  for (let x = 0; x < width; x++) {
    for (let y = 0; y < height; y++) {
      const v = data[y * width + x] ? 1 : 0;
      if (v !== current) {
        counts.push(run);
        run = 0;
        current = v;
      }
      run++;
    }
  }
  counts.push(run);
  return { size: [height, width], counts };
}

/**
 * Decodes COCO RLE into a row-major mask whose foreground pixels hold `on`; refuses (RleError) a size
 * that is not [height, width] and runs that are not non-negative integers covering the image exactly.
 */
export function decodeRle(rle: { size: readonly number[]; counts: readonly number[] }, on = 255): RleMask {
  const [height, width] = rle.size;
  if (rle.size.length !== 2 || !Number.isInteger(height) || !Number.isInteger(width)) {
    throw new RleError('size must be [height, width]');
  }
  const h = height as number;
  const w = width as number;
  const total = w * h;
  const data = new Uint8Array(total);
  let pos = 0;
  let value = 0;
  for (const count of rle.counts) {
    if (!Number.isInteger(count) || count < 0) throw new RleError('counts must be non-negative integers');
    if (pos + count > total) throw new RleError(`counts overrun a ${w}x${h} mask`);
    if (value) {
      for (let k = pos; k < pos + count; k++) data[(k % h) * w + Math.floor(k / h)] = on;
    }
    pos += count;
    value ^= 1;
  }
  if (pos !== total) throw new RleError(`counts cover ${pos} of ${total} pixels`);
  return { width: w, height: h, data };
}

export function rleArea(rle: Pick<CocoRle, 'counts'> | { counts: readonly number[] }): number {
  let area = 0;
  for (let i = 1; i < rle.counts.length; i += 2) area += rle.counts[i] as number;
  return area;
}

/** [x, y, width, height] of the foreground, as COCO's bbox; zeros when empty. */
export function rleBbox(rle: CocoRle): [number, number, number, number] {
  const h = rle.size[0];
  let pos = 0;
  let x0 = Number.POSITIVE_INFINITY;
  let y0 = Number.POSITIVE_INFINITY;
  let x1 = -1;
  let y1 = -1;
  rle.counts.forEach((count, i) => {
    if (i % 2 === 1 && count > 0) {
      const first = pos;
      const last = pos + count - 1;
      const cx0 = Math.floor(first / h);
      const cx1 = Math.floor(last / h);
      x0 = Math.min(x0, cx0);
      x1 = Math.max(x1, cx1);
      y0 = Math.min(y0, cx1 > cx0 ? 0 : first % h);
      y1 = Math.max(y1, cx1 > cx0 ? h - 1 : last % h);
    }
    pos += count;
  });
  return x1 < 0 ? [0, 0, 0, 0] : [x0, y0, x1 - x0 + 1, y1 - y0 + 1];
}

/** pycocotools' compressed string form of the counts (rleToString). */
export function rleCountsToString(counts: readonly number[]): string {
  let s = '';
  for (let i = 0; i < counts.length; i++) {
    let x = (counts[i] as number) - (i > 2 ? (counts[i - 2] as number) : 0);
    let more = true;
    while (more) {
      let c = x & 0x1f;
      x >>= 5;
      more = c & 0x10 ? x !== -1 : x !== 0;
      if (more) c |= 0x20;
      s += String.fromCharCode(c + 48);
    }
  }
  return s;
}

/** Inverse of rleCountsToString (pycocotools' rleFrString). */
export function rleCountsFromString(s: string): number[] {
  const counts: number[] = [];
  let p = 0;
  while (p < s.length) {
    let x = 0;
    let k = 0;
    let more = true;
    while (more) {
      const c = s.charCodeAt(p) - 48;
      x |= (c & 0x1f) << (5 * k);
      more = (c & 0x20) !== 0;
      p++;
      k++;
      if (!more && c & 0x10) x |= -1 << (5 * k);
    }
    if (counts.length > 2) x += counts[counts.length - 2] as number;
    counts.push(x);
  }
  return counts;
}
