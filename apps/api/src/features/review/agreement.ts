// Agreement statistics, pure and synchronous. Categories are 0-based indices (pattern position,
// intensity rank). Disagreement weights: nominal (0/1), linear |i-j|/(K-1), quadratic ((i-j)/(K-1))^2.

export type WeightKind = 'nominal' | 'linear' | 'quadratic';

export function disagreementWeight(i: number, j: number, categories: number, kind: WeightKind): number {
  if (i === j) return 0;
  if (kind === 'nominal' || categories < 2) return 1;
  const d = Math.abs(i - j) / (categories - 1);
  return kind === 'linear' ? d : d * d;
}

const categoryCount = (values: readonly number[], given?: number) =>
  Math.max(given ?? 0, ...values.map((v) => v + 1));

/**
 * Cohen's kappa for two raters (weighted when `kind` is linear/quadratic):
 * kappa = 1 - sum(w * observed) / sum(w * expected). Null when chance disagreement is zero
 * (both raters used one and the same category throughout): kappa is undefined there.
 */
export function cohenKappa(
  a: readonly number[],
  b: readonly number[],
  kind: WeightKind = 'nominal',
  categories?: number,
): number | null {
  if (a.length !== b.length) throw new Error('cohenKappa: raters rated different numbers of items');
  const n = a.length;
  if (n === 0) return null;
  const k = categoryCount([...a, ...b], categories);
  const pa = new Array<number>(k).fill(0);
  const pb = new Array<number>(k).fill(0);
  let observed = 0;
  for (let i = 0; i < n; i++) {
    const x = a[i] as number;
    const y = b[i] as number;
    pa[x] = (pa[x] as number) + 1 / n;
    pb[y] = (pb[y] as number) + 1 / n;
    observed += disagreementWeight(x, y, k, kind) / n;
  }
  let expected = 0;
  for (let i = 0; i < k; i++)
    for (let j = 0; j < k; j++)
      expected += (pa[i] as number) * (pb[j] as number) * disagreementWeight(i, j, k, kind);
  if (expected <= 1e-12) return null;
  return 1 - observed / expected;
}

/**
 * Fleiss' kappa for items rated by the same number of raters each: `counts[item][category]` is how
 * many raters put the item in the category. Null when every rating fell in one category.
 */
export function fleissKappa(counts: readonly (readonly number[])[]): number | null {
  const items = counts.length;
  if (items === 0) return null;
  const raters = counts[0]?.reduce((s, c) => s + c, 0) ?? 0;
  if (raters < 2) return null;
  const k = counts[0]?.length ?? 0;
  const p = new Array<number>(k).fill(0);
  let meanAgreement = 0;
  for (const row of counts) {
    if (row.reduce((s, c) => s + c, 0) !== raters) throw new Error('fleissKappa: unequal raters per item');
    let pairs = 0;
    row.forEach((c, j) => {
      pairs += c * (c - 1);
      p[j] = (p[j] as number) + c / (items * raters);
    });
    meanAgreement += pairs / (raters * (raters - 1)) / items;
  }
  const chance = p.reduce((s, pj) => s + pj * pj, 0);
  if (chance >= 1 - 1e-12) return null;
  return (meanAgreement - chance) / (1 - chance);
}

/** counts[item][category] from each item's list of ratings. */
export function ratingCounts(ratings: readonly (readonly number[])[], categories: number): number[][] {
  return ratings.map((row) => {
    const counts = new Array<number>(categories).fill(0);
    for (const r of row) counts[r] = (counts[r] as number) + 1;
    return counts;
  });
}

/** Dice = 2|A∩B| / (|A| + |B|) over nonzero pixels; two empty masks agree perfectly (1). */
export function dice(a: Uint8Array, b: Uint8Array): number {
  const { both, sizeA, sizeB } = overlap(a, b);
  return sizeA + sizeB === 0 ? 1 : (2 * both) / (sizeA + sizeB);
}

/** IoU = |A∩B| / |A∪B|; two empty masks agree perfectly (1). */
export function iou(a: Uint8Array, b: Uint8Array): number {
  const { both, sizeA, sizeB } = overlap(a, b);
  const union = sizeA + sizeB - both;
  return union === 0 ? 1 : both / union;
}

function overlap(a: Uint8Array, b: Uint8Array) {
  if (a.length !== b.length) throw new Error('mask sizes differ');
  let both = 0;
  let sizeA = 0;
  let sizeB = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] !== 0;
    const y = b[i] !== 0;
    if (x) sizeA++;
    if (y) sizeB++;
    if (x && y) both++;
  }
  return { both, sizeA, sizeB };
}

/** Mean of a pairwise metric over all pairs; null with fewer than two items. */
export function meanPairwise<T>(items: readonly T[], metric: (a: T, b: T) => number): number | null {
  let sum = 0;
  let pairs = 0;
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++) {
      sum += metric(items[i] as T, items[j] as T);
      pairs++;
    }
  return pairs === 0 ? null : sum / pairs;
}
