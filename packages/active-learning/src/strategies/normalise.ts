/**
 * Puts one head's uncertainties on a common scale before they are weighted together.
 * rank: average rank / (N - 1) in [0, 1] (ties share their mean rank; robust to each measure's
 * own scale and skew). zscore: (u - mean) / std (keeps how far out an outlier is; std 0 -> 0).
 */
export function normaliseScores(values: ArrayLike<number>, how: 'rank' | 'zscore'): Float64Array {
  const n = values.length;
  const out = new Float64Array(n);
  if (n === 0) return out;
  if (how === 'zscore') {
    let mean = 0;
    for (let i = 0; i < n; i += 1) mean += (values[i] as number) / n;
    let variance = 0;
    for (let i = 0; i < n; i += 1) variance += ((values[i] as number) - mean) ** 2 / n;
    const std = Math.sqrt(variance);
    for (let i = 0; i < n; i += 1) out[i] = std > 0 ? ((values[i] as number) - mean) / std : 0;
    return out;
  }
  if (n === 1) return out;
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => (values[a] as number) - (values[b] as number),
  );
  let i = 0;
  while (i < n) {
    let j = i;
    while (j + 1 < n && values[order[j + 1] as number] === values[order[i] as number]) j += 1;
    const rank = (i + j) / 2;
    for (let k = i; k <= j; k += 1) out[order[k] as number] = rank / (n - 1);
    i = j + 1;
  }
  return out;
}
