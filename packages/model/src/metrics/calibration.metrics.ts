/**
 * Expected calibration error with equal-width confidence bins (lo, hi]:
 * ECE = sum_b (n_b / N) * |accuracy_b - mean confidence_b|, confidence = max class probability.
 */
export function expectedCalibrationError(
  probs: ArrayLike<number>,
  labels: ArrayLike<number>,
  classes: number,
  bins = 15,
): number {
  const count = new Array<number>(bins).fill(0);
  const conf = new Array<number>(bins).fill(0);
  const hits = new Array<number>(bins).fill(0);
  let n = 0;
  for (let i = 0; i < labels.length; i += 1) {
    const y = labels[i] as number;
    if (y < 0) continue;
    let best = 0;
    for (let k = 1; k < classes; k += 1)
      if ((probs[i * classes + k] as number) > (probs[i * classes + best] as number)) best = k;
    const c = probs[i * classes + best] as number;
    // Compare against b/bins exactly as the definition does; ceil(c*bins) misplaces c = 0.6 etc.
    let b = Math.min(bins - 1, Math.max(0, Math.ceil(c * bins) - 1));
    while (b > 0 && !(c > b / bins)) b -= 1;
    while (b < bins - 1 && c > (b + 1) / bins) b += 1;
    count[b] = (count[b] as number) + 1;
    conf[b] = (conf[b] as number) + c;
    hits[b] = (hits[b] as number) + (best === y ? 1 : 0);
    n += 1;
  }
  let ece = 0;
  for (let b = 0; b < bins; b += 1) {
    const m = count[b] as number;
    if (m > 0) ece += (m / n) * Math.abs((hits[b] as number) / m - (conf[b] as number) / m);
  }
  return n === 0 ? 0 : ece;
}

/** Binary probabilities p(positive) as two-column rows, for the ECE of a one-logit head. */
export function binaryToTwoColumn(pPositive: ArrayLike<number>): Float64Array {
  const out = new Float64Array(pPositive.length * 2);
  for (let i = 0; i < pPositive.length; i += 1) {
    out[2 * i] = 1 - (pPositive[i] as number);
    out[2 * i + 1] = pPositive[i] as number;
  }
  return out;
}
