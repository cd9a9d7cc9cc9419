import type { SeededRandom } from '../random/seeded-random';
import { type CellCanvas, cellToPixel, randomInDisc, splat } from './cell-canvas';
import type { PatternStyle } from './pattern-style';

/** Nucleoli positions in the normalised cell frame: [u, v, radius]. */
export type Nucleoli = Array<[number, number, number]>;

export function drawNucleoli(rng: SeededRandom, count: number, rMin: number, rMax: number): Nucleoli {
  return Array.from({ length: count }, () => {
    const [u, v] = randomInDisc(() => rng.next(), 0.5);
    return [u, v, rng.uniform(rMin, rMax)];
  });
}

export function nucleolusWeight(nucleoli: Nucleoli, u: number, v: number): number {
  let w = 0;
  for (const [nu, nv, r] of nucleoli) {
    const d2 = ((u - nu) ** 2 + (v - nv) ** 2) / (r * r);
    if (d2 >= 1.69) continue;
    const d = Math.sqrt(d2);
    w = Math.max(w, d < 0.8 ? 1 : (1.3 - d) / 0.5);
  }
  return w;
}

function nucleusArea(canvas: CellCanvas): number {
  return Math.PI * canvas.cell.a * canvas.cell.b;
}

function speckles(
  canvas: CellCanvas,
  rng: SeededRandom,
  count: number,
  sigma: number,
  amp: number,
  maxR: number,
): void {
  for (let k = 0; k < count; k++) {
    const [u, v] = randomInDisc(() => rng.next(), maxR);
    const [x, y] = cellToPixel(canvas, u, v);
    splat(canvas, x, y, sigma * rng.uniform(0.8, 1.25), amp * rng.uniform(0.5, 1.3));
  }
}

export function paintHomogeneous(canvas: CellCanvas, rng: SeededRandom): void {
  const nucleoli = drawNucleoli(rng, rng.int(1, 3), 0.1, 0.16);
  const f1 = rng.uniform(2, 4);
  const ph = rng.uniform(0, 6.3);
  for (let i = 0; i < canvas.signal.length; i++) {
    const u = canvas.u[i] ?? 0;
    const v = canvas.v[i] ?? 0;
    const smooth = 1 + 0.06 * Math.sin(f1 * u + ph) * Math.cos(f1 * v - ph);
    canvas.signal[i] = smooth * (1 - 0.25 * nucleolusWeight(nucleoli, u, v));
  }
  // A faint fine grain: real homogeneous nuclei are not perfectly flat.
  speckles(canvas, rng, Math.round(nucleusArea(canvas) / 25), 1.0, 0.08, 0.95);
}

export function paintSpeckled(canvas: CellCanvas, rng: SeededRandom, style: PatternStyle): void {
  const nucleoli = drawNucleoli(rng, rng.int(2, 4), 0.12, 0.19);
  const count = Math.round((nucleusArea(canvas) / 1000) * style.speckleDensity);
  canvas.signal.fill(style.speckleBase);
  speckles(canvas, rng, count, style.speckleSigma, style.speckleAmp, 0.97);
  for (let i = 0; i < canvas.signal.length; i++) {
    const w = nucleolusWeight(nucleoli, canvas.u[i] ?? 0, canvas.v[i] ?? 0);
    canvas.signal[i] = (canvas.signal[i] ?? 0) * (1 - 0.92 * w);
  }
}

export function paintCentromere(canvas: CellCanvas, rng: SeededRandom, style: PatternStyle): void {
  canvas.signal.fill(0.07);
  const dots = rng.int(style.centromereDots[0], style.centromereDots[1]);
  for (let k = 0; k < dots; k++) {
    const [u, v] = randomInDisc(() => rng.next(), 0.88);
    const [x, y] = cellToPixel(canvas, u, v);
    splat(canvas, x, y, rng.uniform(0.85, 1.15), rng.uniform(2.2, 3.4));
  }
}

export function paintNucleolar(canvas: CellCanvas, rng: SeededRandom, style: PatternStyle): void {
  canvas.signal.fill(0.1);
  speckles(canvas, rng, Math.round(nucleusArea(canvas) / 30), 1.0, 0.12, 0.95);
  const nucleoli = drawNucleoli(rng, rng.int(style.nucleoliCount[0], style.nucleoliCount[1]), 0.1, 0.2);
  for (const [u, v, r] of nucleoli) {
    // A clump is a few overlapping blobs, not a perfect disc.
    const lobes = rng.int(2, 4);
    for (let l = 0; l < lobes; l++) {
      const [x, y] = cellToPixel(canvas, u + rng.normal() * r * 0.35, v + rng.normal() * r * 0.35);
      splat(canvas, x, y, r * canvas.cell.a * rng.uniform(0.45, 0.7), rng.uniform(1.2, 1.9));
    }
  }
}

export function paintNuclearMembrane(canvas: CellCanvas, rng: SeededRandom, style: PatternStyle): void {
  const k1 = rng.int(3, 7);
  const ph = rng.uniform(0, 6.3);
  const rimAt = 0.9;
  for (let i = 0; i < canvas.signal.length; i++) {
    const rho = canvas.rho[i] ?? 2;
    const d = (rho - rimAt) / style.rimWidth;
    const lumpy = 0.8 + 0.3 * Math.sin(k1 * Math.atan2(canvas.v[i] ?? 0, canvas.u[i] ?? 0) + ph);
    canvas.signal[i] = (rho < rimAt ? 0.14 : 0) + 2.2 * lumpy * Math.exp(-d * d);
  }
  speckles(canvas, rng, Math.round(nucleusArea(canvas) / 60), 1.0, 0.1, 0.85);
}

export function paintNegative(canvas: CellCanvas, rng: SeededRandom): void {
  canvas.signal.fill(0.05);
  speckles(canvas, rng, Math.round(nucleusArea(canvas) / 80), 1.2, 0.04, 0.9);
}
