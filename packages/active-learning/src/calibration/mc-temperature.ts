/**
 * Temperature scaling of the prediction the platform serves. With MC dropout the served class
 * probabilities are mean_s softmax(z_s / T) over S dropout samples (the scorer tempers each sample,
 * then averages), so T is fitted by minimising the NLL of exactly that average - not of
 * softmax(z / T) on deterministic logits, whose optimum is a different T. One sample (S = 1) is
 * ordinary temperature scaling, which keeps deterministic serving consistent.
 */

export interface McLogitTable {
  /** One row-major [N, K] table of logits (or log-probabilities) per MC sample; S >= 1. */
  samples: readonly ArrayLike<number>[];
  /** Class index per row; rows with a negative label are ignored. */
  labels: ArrayLike<number>;
  classes: number;
}

/** log softmax(z_row / T)[k] for every k of one row of one sample, written into `out`. */
function logSoftmaxRow(z: ArrayLike<number>, row: number, classes: number, t: number, out: Float64Array) {
  let max = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < classes; k += 1) max = Math.max(max, (z[row * classes + k] as number) / t);
  let sum = 0;
  for (let k = 0; k < classes; k += 1) sum += Math.exp((z[row * classes + k] as number) / t - max);
  const lse = max + Math.log(sum);
  for (let k = 0; k < classes; k += 1) out[k] = (z[row * classes + k] as number) / t - lse;
}

/** log mean_s exp(v_s), stable. */
function logMeanExp(values: Float64Array): number {
  let max = Number.NEGATIVE_INFINITY;
  for (const v of values) max = Math.max(max, v);
  if (max === Number.NEGATIVE_INFINITY) return max;
  let sum = 0;
  for (const v of values) sum += Math.exp(v - max);
  return max + Math.log(sum / values.length);
}

/** Mean NLL of the MC-averaged tempered prediction over the labelled rows (0 when none). */
export function mcNllAtTemperature(table: McLogitTable, temperature: number): number {
  const { samples, labels, classes } = table;
  const row = new Float64Array(classes);
  const perSample = new Float64Array(samples.length);
  let sum = 0;
  let n = 0;
  for (let i = 0; i < labels.length; i += 1) {
    const y = labels[i] as number;
    if (y < 0) continue;
    for (const [s, z] of samples.entries()) {
      logSoftmaxRow(z, i, classes, temperature, row);
      perSample[s] = row[y] as number;
    }
    sum -= logMeanExp(perSample);
    n += 1;
  }
  return n === 0 ? 0 : sum / n;
}

/** The served probabilities mean_s softmax(z_s / T), row-major [N, K]. */
export function mcAverageProbs(table: McLogitTable, temperature: number): Float64Array {
  const { samples, classes } = table;
  const rows = samples[0] ? samples[0].length / classes : 0;
  const out = new Float64Array(rows * classes);
  const row = new Float64Array(classes);
  for (let i = 0; i < rows; i += 1) {
    for (const z of samples) {
      logSoftmaxRow(z, i, classes, temperature, row);
      for (let k = 0; k < classes; k += 1)
        out[i * classes + k] = (out[i * classes + k] as number) + Math.exp(row[k] as number) / samples.length;
    }
  }
  return out;
}

export interface McTemperatureFit {
  temperature: number;
  /** NLL on the fitting rows at T = 1 and at the fitted T. */
  nllBefore: number;
  nllAfter: number;
  samples: number;
}

const GRID_POINTS = 49;

/**
 * Minimises mcNllAtTemperature over T in [minT, maxT]. A mixture of softmaxes is not guaranteed
 * unimodal in log T (the one-sample NLL is), so a log-spaced grid finds the best basin first and
 * golden-section search refines T inside the two grid cells around it.
 */
export function fitMcTemperature(
  table: McLogitTable,
  opts: { minT?: number; maxT?: number; iterations?: number } = {},
): McTemperatureFit {
  const samples = Array.from(table.labels as ArrayLike<number>).filter((y) => y >= 0).length;
  const nllBefore = mcNllAtTemperature(table, 1);
  if (samples === 0 || table.samples.length === 0)
    return { temperature: 1, nllBefore, nllAfter: nllBefore, samples };
  const f = (logT: number) => mcNllAtTemperature(table, Math.exp(logT));
  const lo = Math.log(opts.minT ?? 0.05);
  const hi = Math.log(opts.maxT ?? 20);
  const step = (hi - lo) / (GRID_POINTS - 1);
  let best = 0;
  let bestValue = Number.POSITIVE_INFINITY;
  for (let g = 0; g < GRID_POINTS; g += 1) {
    const v = f(lo + g * step);
    if (v < bestValue) [best, bestValue] = [g, v];
  }
  const logT = goldenSection(
    f,
    lo + Math.max(0, best - 1) * step,
    lo + Math.min(GRID_POINTS - 1, best + 1) * step,
    opts.iterations ?? 30,
  );
  const temperature = Math.exp(logT);
  return { temperature, nllBefore, nllAfter: mcNllAtTemperature(table, temperature), samples };
}

function goldenSection(f: (x: number) => number, lo: number, hi: number, iterations: number): number {
  const phi = (Math.sqrt(5) - 1) / 2;
  let [a, b] = [lo, hi];
  let c = b - phi * (b - a);
  let d = a + phi * (b - a);
  let fc = f(c);
  let fd = f(d);
  for (let it = 0; it < iterations; it += 1) {
    if (fc < fd) {
      [b, d, fd] = [d, c, fc];
      c = b - phi * (b - a);
      fc = f(c);
    } else {
      [a, c, fc] = [c, d, fd];
      d = a + phi * (b - a);
      fd = f(d);
    }
  }
  return (a + b) / 2;
}

/** The rows of a table whose index is in `rows` (every sample kept). */
export function selectRows(table: McLogitTable, rows: readonly number[]): McLogitTable {
  const { classes } = table;
  const pick = (z: ArrayLike<number>) => {
    const out = new Float64Array(rows.length * classes);
    rows.forEach((r, i) => {
      for (let k = 0; k < classes; k += 1) out[i * classes + k] = z[r * classes + k] as number;
    });
    return out;
  };
  return {
    samples: table.samples.map(pick),
    labels: Int32Array.from(rows, (r) => table.labels[r] as number),
    classes,
  };
}
