import type { SeededRandom } from '../random/seeded-random';
import type { PatternClass } from '../taxonomy/label-taxonomy';
import { type CellCanvas, cellToPixel, randomInDisc, splat } from './cell-canvas';
import type { PatternStyle } from './pattern-style';

/** Frame of a mitotic cell: p runs along the metaphase plate, q across it (towards the poles). */
function frame(canvas: CellCanvas): (p: number, q: number) => [number, number] {
  const c = Math.cos(canvas.cell.polarity);
  const s = Math.sin(canvas.cell.polarity);
  return (p, q) => cellToPixel(canvas, p * c - q * s, p * s + q * c);
}

function plateWeight(canvas: CellCanvas, i: number): number {
  const c = Math.cos(canvas.cell.polarity);
  const s = Math.sin(canvas.cell.polarity);
  const u = canvas.u[i] ?? 0;
  const v = canvas.v[i] ?? 0;
  const p = u * c + v * s;
  const q = -u * s + v * c;
  const across = Math.exp(-((q / 0.15) ** 4));
  const along = Math.abs(p) < 0.62 ? 1 : Math.max(0, 1 - (Math.abs(p) - 0.62) / 0.12);
  return across * along;
}

function fillWithPlate(canvas: CellCanvas, body: number, plate: number): void {
  for (let i = 0; i < canvas.signal.length; i++) {
    const w = plateWeight(canvas, i);
    canvas.signal[i] = body * (1 - w) + plate * w;
  }
}

function scatterDots(canvas: CellCanvas, rng: SeededRandom, n: number, sigma: number, amp: number): void {
  for (let k = 0; k < n; k++) {
    const [u, v] = randomInDisc(() => rng.next(), 0.92);
    const [x, y] = cellToPixel(canvas, u, v);
    splat(canvas, x, y, sigma, amp * rng.uniform(0.5, 1.3));
  }
}

function paintSpindle(canvas: CellCanvas, rng: SeededRandom, style: PatternStyle): void {
  fillWithPlate(canvas, 0.06, 0.02);
  const at = frame(canvas);
  const pole = 0.64;
  const fibres = rng.int(style.spindleFibres[0], style.spindleFibres[1]);
  const pxLength = 2 * pole * Math.max(canvas.cell.a, canvas.cell.b);
  const steps = Math.ceil(pxLength * 1.6);
  for (let f = 0; f < fibres; f++) {
    const bow = (f / (fibres - 1) - 0.5) * 1.2 + rng.normal() * 0.05;
    const amp = rng.uniform(0.5, 0.7);
    for (let k = 0; k <= steps; k++) {
      const t = k / steps;
      const [x, y] = at(bow * Math.sin(Math.PI * t), -pole + 2 * pole * t);
      splat(canvas, x, y, 0.8, amp);
    }
  }
  for (const q of [-pole, pole]) {
    const [x, y] = at(0, q);
    splat(canvas, x, y, 1.6, 2.0);
  }
}

/** Paints a cell in metaphase, as each pattern stains it. */
export function paintMitoticCell(
  pattern: PatternClass,
  canvas: CellCanvas,
  rng: SeededRandom,
  style: PatternStyle,
): void {
  switch (pattern) {
    case 'homogeneous':
      fillWithPlate(canvas, 0.14, 2.1);
      return;
    case 'speckled':
      fillWithPlate(canvas, 0.3, 0.03);
      scatterDots(canvas, rng, Math.round(canvas.cell.a * canvas.cell.b * 0.35), style.speckleSigma, 0.55);
      return;
    case 'centromere': {
      fillWithPlate(canvas, 0.05, 0.1);
      const at = frame(canvas);
      const dots = rng.int(style.centromereDots[0], style.centromereDots[1]);
      for (let k = 0; k < dots; k++) {
        const [x, y] = at(rng.uniform(-0.6, 0.6), rng.normal() * 0.06);
        splat(canvas, x, y, 0.95, rng.uniform(2.2, 3.2));
      }
      return;
    }
    case 'nucleolar':
      fillWithPlate(canvas, 0.12, 0.4);
      scatterDots(canvas, rng, 8, 1.2, 0.5);
      return;
    case 'nuclear_membrane':
      fillWithPlate(canvas, 0.12, 0.05);
      return;
    case 'golgi':
      fillWithPlate(canvas, 0.06, 0.03);
      scatterDots(canvas, rng, 10, 1.4, 0.9);
      return;
    case 'mitotic_spindle':
      paintSpindle(canvas, rng, style);
      return;
    case 'negative':
      fillWithPlate(canvas, 0.05, 0.05);
      return;
  }
}
