/**
 * Temperature scaling (Guo et al. 2017): one scalar T per head, fitted on held-out predictions by
 * minimising the negative log-likelihood of softmax(z / T). Accuracy is unchanged (argmax is
 * invariant), only confidence moves. A binary head's single logit z is treated as the two logits
 * [0, z], since softmax([0, z] / T) = [1 - sigmoid(z / T), sigmoid(z / T)].
 */

export interface LogitTable {
  /** Row-major [N, K] logits (or log-probabilities: softmax is shift-invariant per row). */
  logits: ArrayLike<number>;
  /** Class index per row; rows with a negative label are ignored. */
  labels: ArrayLike<number>;
  classes: number;
}

/** Mean NLL of softmax(z / T) over the labelled rows. */
export function nllAtTemperature(table: LogitTable, temperature: number): number {
  const { logits, labels, classes } = table;
  let sum = 0;
  let n = 0;
  for (let i = 0; i < labels.length; i += 1) {
    const y = labels[i] as number;
    if (y < 0) continue;
    let max = Number.NEGATIVE_INFINITY;
    for (let k = 0; k < classes; k += 1)
      max = Math.max(max, (logits[i * classes + k] as number) / temperature);
    let z = 0;
    for (let k = 0; k < classes; k += 1)
      z += Math.exp((logits[i * classes + k] as number) / temperature - max);
    sum += max + Math.log(z) - (logits[i * classes + y] as number) / temperature;
    n += 1;
  }
  return n === 0 ? 0 : sum / n;
}

export interface TemperatureFit {
  temperature: number;
  nllBefore: number;
  nllAfter: number;
  samples: number;
}

/**
 * Golden-section search on log T in [log minT, log maxT]. The NLL is convex in 1/T, hence
 * unimodal in log T, so the search converges to the global minimum (to ~1e-4 relative in T).
 */
export function fitTemperature(
  table: LogitTable,
  opts: { minT?: number; maxT?: number; iterations?: number } = {},
): TemperatureFit {
  const samples = Array.from(table.labels as ArrayLike<number>).filter((y) => y >= 0).length;
  const nllBefore = nllAtTemperature(table, 1);
  if (samples === 0) return { temperature: 1, nllBefore, nllAfter: nllBefore, samples };
  const f = (logT: number) => nllAtTemperature(table, Math.exp(logT));
  let a = Math.log(opts.minT ?? 0.05);
  let b = Math.log(opts.maxT ?? 20);
  const phi = (Math.sqrt(5) - 1) / 2;
  let c = b - phi * (b - a);
  let d = a + phi * (b - a);
  let fc = f(c);
  let fd = f(d);
  for (let it = 0; it < (opts.iterations ?? 60); it += 1) {
    if (fc < fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - phi * (b - a);
      fc = f(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + phi * (b - a);
      fd = f(d);
    }
  }
  const temperature = Math.exp((a + b) / 2);
  return { temperature, nllBefore, nllAfter: nllAtTemperature(table, temperature), samples };
}

/** softmax(z / T) per row, as probabilities. */
export function softmaxWithTemperature(
  logits: ArrayLike<number>,
  classes: number,
  temperature: number,
): Float64Array {
  const rows = logits.length / classes;
  const out = new Float64Array(logits.length);
  for (let i = 0; i < rows; i += 1) {
    let max = Number.NEGATIVE_INFINITY;
    for (let k = 0; k < classes; k += 1)
      max = Math.max(max, (logits[i * classes + k] as number) / temperature);
    let z = 0;
    for (let k = 0; k < classes; k += 1) {
      const e = Math.exp((logits[i * classes + k] as number) / temperature - max);
      out[i * classes + k] = e;
      z += e;
    }
    for (let k = 0; k < classes; k += 1) out[i * classes + k] = (out[i * classes + k] as number) / z;
  }
  return out;
}

/** Probabilities -> logits usable with softmaxWithTemperature (log p, clamped away from -inf). */
export function probsToLogits(probs: ArrayLike<number>): Float64Array {
  return Float64Array.from(probs as ArrayLike<number>, (p) => Math.log(Math.max(p, 1e-12)));
}

/** Recalibrates a probability vector with temperature T (identity for T = 1). */
export function temperProbs(probs: ArrayLike<number>, temperature: number): Float64Array {
  if (temperature === 1) return Float64Array.from(probs as ArrayLike<number>);
  return softmaxWithTemperature(probsToLogits(probs), probs.length, temperature);
}

/** A one-logit head's logits as two-column rows [0, z]. */
export function binaryLogitsToTwoColumn(logits: ArrayLike<number>): Float64Array {
  const out = new Float64Array(logits.length * 2);
  for (let i = 0; i < logits.length; i += 1) out[2 * i + 1] = logits[i] as number;
  return out;
}
