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

function chooseThreshold(
  values: number[],
  counts: Map<number, number>,
  max: number,
): [MaskBinarization, number] {
  const lo = values[0] ?? 0;
  const hi = values[values.length - 1] ?? 0;
  if (values.length === 1) return ['uniform', lo > max / 2 ? lo : lo + 1];
  if (values.length === 2) return [lo === 0 && hi === max ? 'already-binary' : 'two-levels', hi];
  // A few levels over zero are label images (0/8/16/24); many levels are compression noise.
  if (lo === 0 && values.length <= 16) return ['nonzero-labels', values[1] ?? 1];
  return ['otsu', otsu(values, counts)];
}

/**
 * Turns any mask image into 0/255. Two levels: the higher is foreground (39/125 -> 125);
 * a few levels over zero: every non-zero label is foreground; many levels: Otsu's threshold.
 */
export function binarizeMask(image: GreyImage): { mask: BinaryMask; report: MaskReport } {
  const counts = histogram(image);
  const values = [...counts.keys()].sort((a, b) => a - b);
  const max = image.bitDepth === 16 ? 65535 : 255;
  const [method, threshold] = chooseThreshold(values, counts, max);
  const data = new Uint8Array(image.data.length);
  for (let i = 0; i < data.length; i++) data[i] = (image.data[i] ?? 0) >= threshold ? 255 : 0;
  const shown = values.slice(0, 16);
  const list = `${shown.join('/')}${values.length > 16 ? '/...' : ''}`;
  const changed =
    method !== 'already-binary' && !(method === 'uniform' && (values[0] === 0 || values[0] === max));
  const note =
    method === 'already-binary'
      ? 'mask is 0/255'
      : method === 'uniform'
        ? `mask holds the single value ${values[0]}: ${threshold === values[0] ? 'all foreground' : 'empty'}`
        : `mask values ${list} (${values.length} levels) thresholded at >= ${threshold} (${method})`;
  return {
    mask: { width: image.width, height: image.height, data },
    report: { method, values: shown, distinctCount: values.length, threshold, changed, note },
  };
}
