import { regularizedIncompleteBeta } from './special-functions';

/** Upper tail P(F >= f) of the F distribution with (d1, d2) degrees of freedom. */
export function fDistributionUpperTail(f: number, d1: number, d2: number): number {
  if (Number.isNaN(f) || !(d1 > 0) || !(d2 > 0)) return Number.NaN;
  if (f <= 0) return 1;
  if (!Number.isFinite(f)) return 0;
  return regularizedIncompleteBeta(d2 / (d2 + d1 * f), d2 / 2, d1 / 2);
}

export interface AnovaEffect {
  /** 'A', 'B' or 'A x B' (the caller names the factors). */
  effect: 'A' | 'B' | 'A x B';
  ss: number;
  df: number;
  /** The effect's own error term: its interaction with the blocks (repeated-measures ANOVA). */
  ssError: number;
  dfError: number;
  f: number;
  p: number;
  /** Greenhouse-Geisser epsilon (1 = sphericity holds; 1 / df its lower bound) and the p it corrects to. */
  epsilon: number;
  pGreenhouseGeisser: number;
  /** SS_effect / (SS_effect + SS_error of the effect). */
  partialEtaSquared: number;
  /** SS_effect / (SS_effect + SS_blocks + every error SS): comparable across designs (Olejnik & Algina 2003). */
  generalizedEtaSquared: number;
}

export interface TwoWayRepeatedAnova {
  levelsA: number;
  levelsB: number;
  /** Blocks (folds) with a value in every cell: the only ones a repeated-measures ANOVA can use. */
  blocks: number;
  blocksDropped: number;
  ssBlocks: number;
  effects: AnovaEffect[];
}

/**
 * Two-way repeated-measures ANOVA: factors A and B fully crossed, every A x B cell measured once in
 * every block (fold), blocks random. Each effect is tested against its own interaction with the
 * blocks (A x block, B x block, A x B x block), the textbook split for within-block factors (what
 * statsmodels' AnovaRM does); a factor with one level has no row. Blocks missing a cell are dropped
 * whole (complete-case), and counted.
 *
 * values[a][b][f] = the score of level a of A and level b of B in block f (null: no result).
 */
export function twoWayRepeatedAnova(values: (number | null)[][][]): TwoWayRepeatedAnova | null {
  const p = values.length;
  const q = values[0]?.length ?? 0;
  const allBlocks = values[0]?.[0]?.length ?? 0;
  const complete = Array.from({ length: allBlocks }, (_, f) => f).filter((f) =>
    values.every((row) => row.every((cell) => Number.isFinite(cell[f] ?? Number.NaN))),
  );
  const n = complete.length;
  if (p * q < 2 || n < 2) return null;
  const y = (a: number, b: number, k: number) => values[a]?.[b]?.[complete[k] as number] as number;
  const cube = { p, q, n, y };
  const m = marginalMeans(cube);
  let ssA = 0;
  let ssB = 0;
  let ssAB = 0;
  let ssS = 0;
  let ssAS = 0;
  let ssBS = 0;
  let ssABS = 0;
  for (let a = 0; a < p; a += 1) ssA += q * n * ((m.a[a] as number) - m.g) ** 2;
  for (let b = 0; b < q; b += 1) ssB += p * n * ((m.b[b] as number) - m.g) ** 2;
  for (let k = 0; k < n; k += 1) ssS += p * q * ((m.s[k] as number) - m.g) ** 2;
  for (let a = 0; a < p; a += 1)
    for (let b = 0; b < q; b += 1) {
      const ab = m.ab[a]?.[b] as number;
      ssAB += n * (ab - (m.a[a] as number) - (m.b[b] as number) + m.g) ** 2;
    }
  for (let k = 0; k < n; k += 1) {
    for (let a = 0; a < p; a += 1)
      ssAS += q * ((m.as[a]?.[k] as number) - (m.a[a] as number) - (m.s[k] as number) + m.g) ** 2;
    for (let b = 0; b < q; b += 1)
      ssBS += p * ((m.bs[b]?.[k] as number) - (m.b[b] as number) - (m.s[k] as number) + m.g) ** 2;
    for (let a = 0; a < p; a += 1)
      for (let b = 0; b < q; b += 1) {
        const r =
          y(a, b, k) -
          (m.ab[a]?.[b] as number) -
          (m.as[a]?.[k] as number) -
          (m.bs[b]?.[k] as number) +
          (m.a[a] as number) +
          (m.b[b] as number) +
          (m.s[k] as number) -
          m.g;
        ssABS += r * r;
      }
  }
  const totalError = ssS + ssAS + ssBS + ssABS;
  const effect = (
    name: AnovaEffect['effect'],
    ss: number,
    df: number,
    ssError: number,
    contrastScores: number[][],
  ): AnovaEffect => {
    const dfError = df * (n - 1);
    const f = ssError > 0 ? ss / df / (ssError / dfError) : ss > 0 ? Infinity : Number.NaN;
    const epsilon = greenhouseGeisserEpsilon(contrastScores, df);
    return {
      effect: name,
      ss,
      df,
      ssError,
      dfError,
      f,
      p: fDistributionUpperTail(f, df, dfError),
      epsilon,
      pGreenhouseGeisser: fDistributionUpperTail(f, epsilon * df, epsilon * dfError),
      partialEtaSquared: ss + ssError > 0 ? ss / (ss + ssError) : Number.NaN,
      generalizedEtaSquared: ss + totalError > 0 ? ss / (ss + totalError) : Number.NaN,
    };
  };
  const effects: AnovaEffect[] = [];
  const helmertA = orthonormalHelmert(p);
  const helmertB = orthonormalHelmert(q);
  // Per block: its cell means projected on the effect's orthonormal contrasts (for epsilon).
  const scores = (contrasts: number[][], cellOf: (k: number) => number[]) =>
    Array.from({ length: n }, (_, k) => contrasts.map((c) => dot(c, cellOf(k))));
  if (p > 1)
    effects.push(
      effect(
        'A',
        ssA,
        p - 1,
        ssAS,
        scores(helmertA, (k) => m.as.map((row) => row[k] as number)),
      ),
    );
  if (q > 1)
    effects.push(
      effect(
        'B',
        ssB,
        q - 1,
        ssBS,
        scores(helmertB, (k) => m.bs.map((row) => row[k] as number)),
      ),
    );
  if (p > 1 && q > 1) {
    const interaction = helmertA.flatMap((ca) =>
      helmertB.map((cb) => ca.flatMap((x) => cb.map((z) => x * z))),
    );
    const cells = (k: number) => Array.from({ length: p * q }, (_, i) => y(Math.floor(i / q), i % q, k));
    effects.push(effect('A x B', ssAB, (p - 1) * (q - 1), ssABS, scores(interaction, cells)));
  }
  return { levelsA: p, levelsB: q, blocks: n, blocksDropped: allBlocks - n, ssBlocks: ssS, effects };
}

interface Cube {
  p: number;
  q: number;
  n: number;
  y: (a: number, b: number, k: number) => number;
}

function marginalMeans({ p, q, n, y }: Cube) {
  const ab = Array.from({ length: p }, () => new Array<number>(q).fill(0));
  const as = Array.from({ length: p }, () => new Array<number>(n).fill(0));
  const bs = Array.from({ length: q }, () => new Array<number>(n).fill(0));
  const a = new Array<number>(p).fill(0);
  const b = new Array<number>(q).fill(0);
  const s = new Array<number>(n).fill(0);
  let g = 0;
  for (let i = 0; i < p; i += 1)
    for (let j = 0; j < q; j += 1)
      for (let k = 0; k < n; k += 1) {
        const v = y(i, j, k);
        (ab[i] as number[])[j] = ((ab[i] as number[])[j] as number) + v / n;
        (as[i] as number[])[k] = ((as[i] as number[])[k] as number) + v / q;
        (bs[j] as number[])[k] = ((bs[j] as number[])[k] as number) + v / p;
        a[i] = (a[i] as number) + v / (q * n);
        b[j] = (b[j] as number) + v / (p * n);
        s[k] = (s[k] as number) + v / (p * q);
        g += v / (p * q * n);
      }
  return { ab, as, bs, a, b, s, g };
}

/**
 * Greenhouse-Geisser epsilon from each block's scores on an effect's df orthonormal contrasts:
 * tr(S)^2 / (df tr(S^2)), S their covariance. 1 for one df (sphericity holds trivially).
 */
function greenhouseGeisserEpsilon(scores: number[][], df: number): number {
  if (df <= 1) return 1;
  const n = scores.length;
  const means = Array.from(
    { length: df },
    (_, i) => scores.reduce((s, row) => s + (row[i] as number), 0) / n,
  );
  const cov = Array.from({ length: df }, (_, i) =>
    Array.from(
      { length: df },
      (_, j) =>
        scores.reduce(
          (s, row) =>
            s + ((row[i] as number) - (means[i] as number)) * ((row[j] as number) - (means[j] as number)),
          0,
        ) /
        (n - 1),
    ),
  );
  const trace = cov.reduce((s, row, i) => s + (row[i] as number), 0);
  const traceSquared = cov.reduce((s, row) => s + row.reduce((t, v) => t + v * v, 0), 0);
  if (!(traceSquared > 0)) return 1;
  return Math.min(1, Math.max(1 / df, (trace * trace) / (df * traceSquared)));
}

/** k - 1 orthonormal contrasts over k levels (Helmert). */
function orthonormalHelmert(k: number): number[][] {
  return Array.from({ length: k - 1 }, (_, i) => {
    const row = Array.from({ length: k }, (_, j) => (j <= i ? 1 : j === i + 1 ? -(i + 1) : 0));
    const norm = Math.sqrt(dot(row, row));
    return row.map((v) => v / norm);
  });
}

const dot = (x: number[], z: number[]) => x.reduce((s, v, i) => s + v * (z[i] as number), 0);
