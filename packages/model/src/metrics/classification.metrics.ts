/** Classification metrics from integer labels and predictions (pure TS, no tensors). */
export interface ClassificationMetrics {
  accuracy: number;
  /** Mean of per-class recall over classes that occur in the labels. */
  meanClassAccuracy: number;
  /** Recall per class; null for classes absent from the labels. */
  perClassRecall: (number | null)[];
  /** confusion[true][predicted] counts. */
  confusion: number[][];
}

export function argmaxRows(probs: ArrayLike<number>, classes: number): number[] {
  const n = probs.length / classes;
  const out: number[] = [];
  for (let i = 0; i < n; i += 1) {
    let best = 0;
    for (let k = 1; k < classes; k += 1)
      if ((probs[i * classes + k] as number) > (probs[i * classes + best] as number)) best = k;
    out.push(best);
  }
  return out;
}

export function classificationMetrics(
  labels: ArrayLike<number>,
  predictions: ArrayLike<number>,
  classes: number,
): ClassificationMetrics {
  const confusion = Array.from({ length: classes }, () => new Array<number>(classes).fill(0));
  let correct = 0;
  let n = 0;
  for (let i = 0; i < labels.length; i += 1) {
    const y = labels[i] as number;
    const p = predictions[i] as number;
    if (y < 0) continue; // missing label
    (confusion[y] as number[])[p] = ((confusion[y] as number[])[p] as number) + 1;
    if (y === p) correct += 1;
    n += 1;
  }
  const perClassRecall = confusion.map((row, k) => {
    const total = row.reduce((a, b) => a + b, 0);
    return total === 0 ? null : (row[k] as number) / total;
  });
  const present = perClassRecall.filter((r): r is number => r !== null);
  return {
    accuracy: n === 0 ? 0 : correct / n,
    meanClassAccuracy: present.length === 0 ? 0 : present.reduce((a, b) => a + b, 0) / present.length,
    perClassRecall,
    confusion,
  };
}

/** ROC AUC via the Mann-Whitney U statistic with average ranks for ties. NaN if one class is absent. */
export function rocAuc(labels: ArrayLike<number>, scores: ArrayLike<number>): number {
  const items: { s: number; y: number }[] = [];
  for (let i = 0; i < labels.length; i += 1) {
    const y = labels[i] as number;
    if (y === 0 || y === 1) items.push({ s: scores[i] as number, y });
  }
  items.sort((a, b) => a.s - b.s);
  let rankSumPos = 0;
  let pos = 0;
  let i = 0;
  while (i < items.length) {
    let j = i;
    while (j + 1 < items.length && (items[j + 1] as { s: number }).s === (items[i] as { s: number }).s)
      j += 1;
    const avgRank = (i + j + 2) / 2; // ranks are 1-based
    for (let k = i; k <= j; k += 1) {
      if ((items[k] as { y: number }).y === 1) {
        rankSumPos += avgRank;
        pos += 1;
      }
    }
    i = j + 1;
  }
  const neg = items.length - pos;
  if (pos === 0 || neg === 0) return Number.NaN;
  return (rankSumPos - (pos * (pos + 1)) / 2) / (pos * neg);
}
