import type { SeededRandom } from '../random/seeded-random';
import { type CellCanvas, cellToPixel, outlineScale, randomInDisc, splat } from './cell-canvas';
import type { PatternStyle } from './pattern-style';

/** Angular half-width and outer radius of the perinuclear cap that holds the Golgi staining. */
export const GOLGI_CAP = { halfAngle: 0.85, outer: 1.5 } as const;

function angleDistance(a: number, b: number): number {
  const d = Math.abs(a - b) % (2 * Math.PI);
  return d > Math.PI ? 2 * Math.PI - d : d;
}

/**
 * Golgi (AC-22): dim nucleus, a cluster of granules in the cytoplasm hugging one side of it. The cap
 * joins the cell's ground-truth region, so the mask stays exact.
 */
export function paintGolgi(canvas: CellCanvas, rng: SeededRandom, style: PatternStyle): void {
  const side = canvas.cell.polarity;
  for (let i = 0; i < canvas.signal.length; i++) {
    const rho = canvas.rho[i] ?? 2;
    canvas.signal[i] = rho <= 1 ? 0.1 : 0;
    if (
      rho > 1 &&
      rho <= GOLGI_CAP.outer &&
      angleDistance(Math.atan2(canvas.v[i] ?? 0, canvas.u[i] ?? 0), side) <= GOLGI_CAP.halfAngle
    ) {
      canvas.region[i] = 1;
      canvas.signal[i] = 0.04;
    }
  }
  const granules = rng.int(style.golgiGranules[0], style.golgiGranules[1]);
  for (let k = 0; k < granules; k++) {
    const t = side + Math.max(-0.75, Math.min(0.75, rng.normal() * 0.38));
    const r = rng.uniform(0.88, 1.38) * outlineScale(canvas.cell, t);
    const [x, y] = cellToPixel(canvas, r * Math.cos(t), r * Math.sin(t));
    splat(canvas, x, y, rng.uniform(1.3, 2.3), rng.uniform(1.4, 2.4));
  }
}

/** Mitotic spindle specimens: interphase nuclei are nearly unstained, with a faint fine grain. */
export function paintSpindleInterphase(canvas: CellCanvas, rng: SeededRandom): void {
  canvas.signal.fill(0.07);
  const n = Math.round((canvas.cell.a * canvas.cell.b) / 40);
  for (let k = 0; k < n; k++) {
    const [u, v] = randomInDisc(() => rng.next(), 0.9);
    const [x, y] = cellToPixel(canvas, u, v);
    splat(canvas, x, y, 1.1, 0.08);
  }
}
