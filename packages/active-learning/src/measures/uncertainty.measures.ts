/**
 * Uncertainty measures, pure functions on probability vectors (natural logarithms, 0 log 0 = 0).
 * Higher means "more uncertain" for every measure except `margin` (higher = more confident).
 */

const EPS = 1e-12;

const plogp = (p: number) => (p > EPS ? p * Math.log(p) : 0);

/** Shannon entropy -sum p log p of one distribution. */
export function entropy(probs: ArrayLike<number>): number {
  let h = 0;
  for (let k = 0; k < probs.length; k += 1) h -= plogp(probs[k] as number);
  return h;
}

/** Entropy divided by log K, in [0, 1] (K = 1 gives 0). */
export function normalisedEntropy(probs: ArrayLike<number>): number {
  return probs.length > 1 ? entropy(probs) / Math.log(probs.length) : 0;
}

/** Entropy of a Bernoulli(p) (one pixel of a mask). */
export function binaryEntropy(p: number): number {
  return -plogp(p) - plogp(1 - p);
}

/** Difference between the two largest probabilities (1 = certain, 0 = a tie). */
export function margin(probs: ArrayLike<number>): number {
  let first = Number.NEGATIVE_INFINITY;
  let second = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < probs.length; k += 1) {
    const p = probs[k] as number;
    if (p > first) {
      second = first;
      first = p;
    } else if (p > second) second = p;
  }
  if (second === Number.NEGATIVE_INFINITY) return 1;
  return first - second;
}

/** Index of the largest probability (ties: the lowest index). */
export function argmax(probs: ArrayLike<number>): number {
  let best = 0;
  for (let k = 1; k < probs.length; k += 1) if ((probs[k] as number) > (probs[best] as number)) best = k;
  return best;
}

/** Mean binary entropy over the pixels of a mask probability map. */
export function meanPixelEntropy(maskProbs: ArrayLike<number>): number {
  if (maskProbs.length === 0) return 0;
  let sum = 0;
  for (let i = 0; i < maskProbs.length; i += 1) sum += binaryEntropy(maskProbs[i] as number);
  return sum / maskProbs.length;
}

/**
 * Boundary uncertainty: mean pixel entropy over the band of pixels within `radius` (Chebyshev) of
 * the predicted mask's boundary (a pixel whose thresholded value differs from a 4-neighbour's).
 * Interior pixels of large blobs are easy; disagreement concentrates at the cell outlines, where
 * annotators spend their time. 0 when the prediction has no boundary (all on or all off).
 */
export function boundaryUncertainty(
  maskProbs: ArrayLike<number>,
  width: number,
  height: number,
  radius = 1,
): number {
  if (maskProbs.length !== width * height)
    throw new Error(`mask has ${maskProbs.length} values, expected ${width}x${height}`);
  const on = (i: number) => (maskProbs[i] as number) >= 0.5;
  const edge = new Uint8Array(width * height);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const i = y * width + x;
      const v = on(i);
      if ((x + 1 < width && on(i + 1) !== v) || (y + 1 < height && on(i + width) !== v)) {
        edge[i] = 1;
        if (x + 1 < width && on(i + 1) !== v) edge[i + 1] = 1;
        if (y + 1 < height && on(i + width) !== v) edge[i + width] = 1;
      }
    }
  }
  let sum = 0;
  let count = 0;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      if (!nearEdge(edge, width, height, x, y, radius)) continue;
      sum += binaryEntropy(maskProbs[y * width + x] as number);
      count += 1;
    }
  }
  return count === 0 ? 0 : sum / count;
}

function nearEdge(edge: Uint8Array, width: number, height: number, x: number, y: number, r: number): boolean {
  for (let dy = -r; dy <= r; dy += 1) {
    const yy = y + dy;
    if (yy < 0 || yy >= height) continue;
    for (let dx = -r; dx <= r; dx += 1) {
      const xx = x + dx;
      if (xx >= 0 && xx < width && edge[yy * width + xx]) return true;
    }
  }
  return false;
}

/** Mean of T probability vectors of the same length. */
export function meanDistribution(samples: readonly ArrayLike<number>[]): Float64Array {
  const first = samples[0];
  if (!first) throw new Error('meanDistribution needs at least one sample');
  const out = new Float64Array(first.length);
  for (const s of samples)
    for (let k = 0; k < out.length; k += 1) out[k] = (out[k] as number) + (s[k] as number) / samples.length;
  return out;
}

/**
 * BALD mutual information between the prediction and the model parameters, from T MC-dropout
 * samples: H(mean_t p_t) - mean_t H(p_t) (Houlsby et al. 2011; Gal et al. 2017). 0 when every
 * sample agrees; high when samples are individually confident but disagree with each other.
 */
export function bald(samples: readonly ArrayLike<number>[]): number {
  if (samples.length === 0) return 0;
  let expected = 0;
  for (const s of samples) expected += entropy(s) / samples.length;
  return Math.max(0, entropy(meanDistribution(samples)) - expected);
}

/** Variation ratio 1 - (votes for the modal class) / T over T MC samples. */
export function variationRatio(samples: readonly ArrayLike<number>[]): number {
  if (samples.length === 0) return 0;
  const votes = new Map<number, number>();
  for (const s of samples) {
    const k = argmax(s);
    votes.set(k, (votes.get(k) ?? 0) + 1);
  }
  return 1 - Math.max(...votes.values()) / samples.length;
}
