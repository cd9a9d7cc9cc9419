import { argmax } from '../measures/uncertainty.measures';

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
  samples: number;
}

/** Equal-width confidence bins, the same binning as @hep2/model's expectedCalibrationError. */
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
    const row = Array.from({ length: classes }, (_, k) => probs[i * classes + k] as number);
    const best = argmax(row);
    const c = row[best] as number;
    let b = Math.min(bins - 1, Math.max(0, Math.ceil(c * bins) - 1));
    while (b > 0 && !(c > b / bins)) b -= 1;
    while (b < bins - 1 && c > (b + 1) / bins) b += 1;
    count[b] = (count[b] as number) + 1;
    conf[b] = (conf[b] as number) + c;
    hits[b] = (hits[b] as number) + (best === y ? 1 : 0);
    n += 1;
  }
  let ece = 0;
  const out: ReliabilityBin[] = count.map((m, b) => {
    const confidence = m > 0 ? (conf[b] as number) / m : null;
    const accuracy = m > 0 ? (hits[b] as number) / m : null;
    if (m > 0 && confidence !== null && accuracy !== null) ece += (m / n) * Math.abs(accuracy - confidence);
    return { lo: b / bins, hi: (b + 1) / bins, count: m, confidence, accuracy };
  });
  return { bins: out, ece: n === 0 ? 0 : ece, samples: n };
}
