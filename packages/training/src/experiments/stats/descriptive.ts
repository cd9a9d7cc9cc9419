/** Arithmetic mean; NaN for an empty list. */
export function mean(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  return values.reduce((s, v) => s + v, 0) / values.length;
}

/** Sample standard deviation (n - 1 denominator, like numpy's ddof=1); NaN below two values. */
export function sampleSd(values: readonly number[]): number {
  if (values.length < 2) return Number.NaN;
  const m = mean(values);
  return Math.sqrt(values.reduce((s, v) => s + (v - m) ** 2, 0) / (values.length - 1));
}

/**
 * Holm-Bonferroni step-down adjustment of a family of p-values (same order as given). Controls the
 * family-wise error rate without assuming independence; NaN entries are left out of the family.
 */
export function holmAdjust(pValues: readonly number[]): number[] {
  const order = pValues
    .map((p, i) => ({ p, i }))
    .filter((e) => Number.isFinite(e.p))
    .sort((a, b) => a.p - b.p);
  const m = order.length;
  const out = pValues.map(() => Number.NaN);
  let running = 0;
  order.forEach((e, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * e.p));
    out[e.i] = running;
  });
  return out;
}
