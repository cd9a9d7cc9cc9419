import type { BinaryMask, GreyImage } from './grey-image';

export type MaskBinarization = 'already-binary' | 'two-levels' | 'nonzero-labels' | 'otsu' | 'uniform';

export interface MaskReport {
  method: MaskBinarization;
  /** Distinct values found (the first 16, ascending). */
  values: number[];
  distinctCount: number;
  /** Pixels >= threshold became foreground. */
  threshold: number;
  changed: boolean;
  note: string;
  /** Share of pixels that became foreground (0..1). */
  foregroundShare: number;
  /** Share of pixels that are not 0 in the source mask (0..1): compare with foregroundShare. */
  nonzeroShare: number;
  /** No foreground pixel at all. */
  empty: boolean;
  /**
   * Foreground looks like thin outlines rather than filled cells: fewer than half of its pixels have
   * all 4 neighbours in the foreground. A model trained on it learns to draw rims, not nuclei.
   */
  contourLike: boolean;
}

function histogram(image: GreyImage): Map<number, number> {
  const counts = new Map<number, number>();
  for (let i = 0; i < image.data.length; i++) {
    const v = image.data[i] ?? 0;
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return counts;
}

function otsu(values: number[], counts: Map<number, number>): number {
  let total = 0;
  let sum = 0;
  for (const v of values) {
    const c = counts.get(v) ?? 0;
    total += c;
    sum += v * c;
  }
  let best = values[values.length - 1] ?? 1;
  let bestVar = -1;
  let wB = 0;
  let sumB = 0;
  for (let i = 0; i < values.length - 1; i++) {
    const v = values[i] ?? 0;
    const c = counts.get(v) ?? 0;
    wB += c;
    sumB += v * c;
    const wF = total - wB;
    const between = wB * wF * (sumB / wB - (sum - sumB) / wF) ** 2;
    if (between > bestVar) {
      bestVar = between;
      best = values[i + 1] ?? v + 1;
    }
  }
  return best;
}

/** Foreground share below which a band of middle values is noise around a binary mask, not labels. */
const MIDDLE_BAND_NOISE = 0.1;

function chooseThreshold(
  values: number[],
  counts: Map<number, number>,
  max: number,
  total: number,
): [MaskBinarization, number] {
  const lo = values[0] ?? 0;
  const hi = values[values.length - 1] ?? 0;
  if (values.length === 1) return ['uniform', lo > max / 2 ? lo : lo + 1];
  if (values.length === 2) return [lo === 0 && hi === max ? 'already-binary' : 'two-levels', hi];
  if (lo === 0) {
    // A binary mask with compression noise (JPEG): its non-zero values sit near the top and near
    // zero, with little in between. Otsu separates the two.
    let nonzero = 0;
    let middle = 0;
    for (const v of values) {
      if (v === 0) continue;
      const c = counts.get(v) ?? 0;
      nonzero += c;
      if (v > max * 0.1 && v < max * 0.9) middle += c;
    }
    const noisyBinary = hi >= max * 0.9 && middle < nonzero * MIDDLE_BAND_NOISE;
    // A few levels over zero are label images (0/8/16/24). Many levels over a mostly-zero
    // background are outlines, instance labels (1..n) or anti-aliased contours, where every
    // non-zero pixel is drawn on purpose (Otsu kept 2.9 % of a contour mask 6.2 % non-zero).
    if (!noisyBinary && (values.length <= 16 || (counts.get(0) ?? 0) >= total / 2))
      return ['nonzero-labels', values[1] ?? 1];
  }
  return ['otsu', otsu(values, counts)];
}

/** Foreground pixels, and how many of them have all 4 neighbours in the foreground. */
function shape(data: Uint8Array, width: number, height: number): { on: number; interior: number } {
  let on = 0;
  let interior = 0;
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      if (data[row + x] === 0) continue;
      on++;
      if (
        x > 0 &&
        x < width - 1 &&
        y > 0 &&
        y < height - 1 &&
        data[row + x - 1] !== 0 &&
        data[row + x + 1] !== 0 &&
        data[row + x - width] !== 0 &&
        data[row + x + width] !== 0
      )
        interior++;
    }
  }
  return { on, interior };
}

const pct = (share: number) => `${(share * 100).toFixed(1)} %`;

/**
 * Turns any mask image into 0/255. Two levels: the higher is foreground (39/125 -> 125); a few levels
 * over zero, or many levels over a mostly-zero background (outlines, instance labels): every non-zero
 * pixel is foreground; otherwise (noise around a binary mask, e.g. JPEG) Otsu's threshold. The report
 * says what was done and what came out: foreground share, empty, contour-like.
 */
export function binarizeMask(image: GreyImage): { mask: BinaryMask; report: MaskReport } {
  const counts = histogram(image);
  const values = [...counts.keys()].sort((a, b) => a - b);
  const max = image.bitDepth === 16 ? 65535 : 255;
  const total = image.data.length;
  const [method, threshold] = chooseThreshold(values, counts, max, total);
  const data = new Uint8Array(total);
  for (let i = 0; i < data.length; i++) data[i] = (image.data[i] ?? 0) >= threshold ? 255 : 0;
  const { on, interior } = shape(data, image.width, image.height);
  const foregroundShare = total === 0 ? 0 : on / total;
  const nonzeroShare = total === 0 ? 0 : (total - (counts.get(0) ?? 0)) / total;
  const empty = on === 0;
  const contourLike = on > 0 && interior < on / 2;
  const shown = values.slice(0, 16);
  const list = `${shown.join('/')}${values.length > 16 ? '/...' : ''}`;
  const changed =
    method !== 'already-binary' && !(method === 'uniform' && (values[0] === 0 || values[0] === max));
  const how =
    method === 'already-binary'
      ? 'mask is 0/255'
      : method === 'uniform'
        ? `mask holds the single value ${values[0]}: ${threshold === values[0] ? 'all foreground' : 'empty'}`
        : `mask values ${list} (${values.length} levels) thresholded at >= ${threshold} (${method})`;
  const note = `${how}; foreground ${pct(foregroundShare)} (non-zero ${pct(nonzeroShare)})${
    empty ? ', empty' : contourLike ? ', contour-like' : ''
  }`;
  return {
    mask: { width: image.width, height: image.height, data },
    report: {
      method,
      values: shown,
      distinctCount: values.length,
      threshold,
      changed,
      note,
      foregroundShare,
      nonzeroShare,
      empty,
      contourLike,
    },
  };
}
