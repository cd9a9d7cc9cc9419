/** One bin of a reliability diagram over the confidence (max class probability), (lo, hi]. */
export interface ReliabilityBin {
  lo: number;
  hi: number;
  count: number;
  /** Mean confidence of the rows in the bin (null when empty). */
  confidence: number | null;
  /** Fraction of rows whose argmax is the label (null when empty). */
  accuracy: number | null;
}

export interface Reliability {
  bins: ReliabilityBin[];
  /** Expected calibration error: sum_b n_b / N |accuracy_b - confidence_b|. */
  ece: number;
  /** Rows with a label (labels < 0 are skipped). */
  samples: number;
}

/**
 * Reliability diagram with equal-width confidence bins (lo, hi]; confidence = max class
 * probability. Rows whose label is negative (unlabelled) are skipped.
 */
export function reliabilityDiagram(
  probs: ArrayLike<number>,
  labels: ArrayLike<number>,
  classes: number,
  bins = 15,
): Reliability {
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
    const b = confidenceBin(c, bins);
    count[b] = (count[b] as number) + 1;
    conf[b] = (conf[b] as number) + c;
    hits[b] = (hits[b] as number) + (best === y ? 1 : 0);
    n += 1;
  }
  let ece = 0;
  const out = count.map((m, b): ReliabilityBin => {
    const confidence = m > 0 ? (conf[b] as number) / m : null;
    const accuracy = m > 0 ? (hits[b] as number) / m : null;
    if (confidence !== null && accuracy !== null) ece += (m / n) * Math.abs(accuracy - confidence);
    return { lo: b / bins, hi: (b + 1) / bins, count: m, confidence, accuracy };
  });
  return { bins: out, ece: n === 0 ? 0 : ece, samples: n };
}

/** The bin (lo, hi] holding confidence c, compared against b/bins exactly as the definition does. */
function confidenceBin(c: number, bins: number): number {
  // ceil(c*bins) alone misplaces values such as c = 0.6 through floating-point rounding.
  let b = Math.min(bins - 1, Math.max(0, Math.ceil(c * bins) - 1));
  while (b > 0 && !(c > b / bins)) b -= 1;
  while (b < bins - 1 && c > (b + 1) / bins) b += 1;
  return b;
}

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
  return reliabilityDiagram(probs, labels, classes, bins).ece;
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
