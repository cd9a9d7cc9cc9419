import type { SeededRandom } from '../random/seeded-random';
import type { PatternClass } from '../taxonomy/label-taxonomy';
import { type CellCanvas, createCellCanvas } from './cell-canvas';
import type { CellPlan } from './cell-layout';
import { GOLGI_CAP, paintGolgi, paintSpindleInterphase } from './cytoplasmic-pattern.painter';
import { paintMitoticCell } from './mitotic-cell.painter';
import {
  paintCentromere,
  paintHomogeneous,
  paintNegative,
  paintNuclearMembrane,
  paintNucleolar,
  paintSpeckled,
} from './nuclear-pattern.painter';
import type { PatternStyle } from './pattern-style';

function paintInterphase(
  pattern: PatternClass,
  canvas: CellCanvas,
  rng: SeededRandom,
  style: PatternStyle,
): void {
  switch (pattern) {
    case 'homogeneous':
      paintHomogeneous(canvas, rng);
      return;
    case 'speckled':
      paintSpeckled(canvas, rng, style);
      return;
    case 'centromere':
      paintCentromere(canvas, rng, style);
      return;
    case 'nucleolar':
      paintNucleolar(canvas, rng, style);
      return;
    case 'nuclear_membrane':
      paintNuclearMembrane(canvas, rng, style);
      return;
    case 'golgi':
      paintGolgi(canvas, rng, style);
      return;
    case 'mitotic_spindle':
      paintSpindleInterphase(canvas, rng);
      return;
    case 'negative':
      paintNegative(canvas, rng);
      return;
  }
}

/** Faint cytoplasm just outside the cell's region: stained, but not part of the mask. */
const HALO = { level: 0.045, width: 0.3 } as const;

export interface RenderTarget {
  width: number;
  height: number;
  signal: Float32Array;
  mask: Uint8Array;
}

/** Paints one cell into the target; returns its region's area in pixels and its box. */
export function renderCell(
  target: RenderTarget,
  cell: CellPlan,
  pattern: PatternClass,
  rng: SeededRandom,
  style: PatternStyle,
): { area: number; box: [number, number, number, number] } | null {
  const extent = pattern === 'golgi' && !cell.mitotic ? GOLGI_CAP.outer : 1 + HALO.width;
  const canvas = createCellCanvas(cell, extent, target.width, target.height);
  if (!canvas) return null;
  if (cell.mitotic) paintMitoticCell(pattern, canvas, rng, style);
  else paintInterphase(pattern, canvas, rng, style);
  let area = 0;
  for (let y = 0; y < canvas.h; y++) {
    const row = (canvas.y0 + y) * target.width + canvas.x0;
    for (let x = 0; x < canvas.w; x++) {
      const i = y * canvas.w + x;
      const j = row + x;
      let s: number;
      if (canvas.region[i]) {
        s = canvas.signal[i] ?? 0;
        target.mask[j] = 255;
        area++;
      } else {
        const rho = canvas.rho[i] ?? 9;
        s = rho < 1 + HALO.width ? HALO.level * (1 - (rho - 1) / HALO.width) : 0;
      }
      target.signal[j] = (target.signal[j] ?? 0) + s * cell.brightness;
    }
  }
  return { area, box: [canvas.x0, canvas.y0, canvas.w, canvas.h] };
}
