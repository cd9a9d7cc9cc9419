import type { CellPlan } from './cell-layout';

/**
 * A cell's bounding box with per-pixel geometry: `rho` is the radius normalised so that the nucleus
 * outline is at 1, `u`/`v` the normalised coordinates (angle: atan2(v, u)).
 */
export interface CellCanvas {
  cell: CellPlan;
  x0: number;
  y0: number;
  w: number;
  h: number;
  rho: Float32Array;
  u: Float32Array;
  v: Float32Array;
  /** Signal painted by the pattern, in relative units. */
  signal: Float32Array;
  /** 1 where the pixel belongs to the cell (its ground-truth mask). */
  region: Uint8Array;
}

/** Pixel position of a point given in the cell's normalised frame. */
export function cellToPixel(canvas: CellCanvas, u: number, v: number): [number, number] {
  const { cell } = canvas;
  const c = Math.cos(cell.angle);
  const s = Math.sin(cell.angle);
  const px = u * cell.a;
  const py = v * cell.b;
  return [cell.cx + px * c - py * s - canvas.x0, cell.cy + px * s + py * c - canvas.y0];
}

export function outlineScale(cell: CellPlan, theta: number): number {
  return 1 + cell.h2 * Math.cos(2 * theta + cell.p2) + cell.h3 * Math.cos(3 * theta + cell.p3);
}

/** outlineScale from the direction cosines, without trigonometry per pixel. */
function outlineScaleCS(cell: CellPlan, c: number, s: number, k: readonly number[]): number {
  const cos2 = c * c - s * s;
  const sin2 = 2 * c * s;
  const cos3 = c * (4 * c * c - 3);
  const sin3 = s * (3 - 4 * s * s);
  return (
    1 +
    cell.h2 * (cos2 * (k[0] as number) - sin2 * (k[1] as number)) +
    cell.h3 * (cos3 * (k[2] as number) - sin3 * (k[3] as number))
  );
}

/** Builds the canvas for a cell, clipped to the image; extent is the largest rho painted. */
export function createCellCanvas(
  cell: CellPlan,
  extent: number,
  width: number,
  height: number,
): CellCanvas | null {
  const reach = Math.max(cell.a, cell.b) * extent * 1.12 + 2;
  const x0 = Math.max(0, Math.floor(cell.cx - reach));
  const y0 = Math.max(0, Math.floor(cell.cy - reach));
  const x1 = Math.min(width, Math.ceil(cell.cx + reach));
  const y1 = Math.min(height, Math.ceil(cell.cy + reach));
  const w = x1 - x0;
  const h = y1 - y0;
  if (w <= 0 || h <= 0) return null;
  const n = w * h;
  const canvas: CellCanvas = {
    cell,
    x0,
    y0,
    w,
    h,
    rho: new Float32Array(n),
    u: new Float32Array(n),
    v: new Float32Array(n),
    signal: new Float32Array(n),
    region: new Uint8Array(n),
  };
  const c = Math.cos(cell.angle);
  const s = Math.sin(cell.angle);
  const k = [Math.cos(cell.p2), Math.sin(cell.p2), Math.cos(cell.p3), Math.sin(cell.p3)];
  for (let y = 0; y < h; y++) {
    const dy = y0 + y + 0.5 - cell.cy;
    for (let x = 0; x < w; x++) {
      const dx = x0 + x + 0.5 - cell.cx;
      const u = (dx * c + dy * s) / cell.a;
      const v = (-dx * s + dy * c) / cell.b;
      const r0 = Math.sqrt(u * u + v * v);
      const i = y * w + x;
      canvas.u[i] = u;
      canvas.v[i] = v;
      const rho = r0 > 1e-6 ? r0 / outlineScaleCS(cell, u / r0, v / r0, k) : 0;
      canvas.rho[i] = rho;
      canvas.region[i] = rho <= 1 ? 1 : 0;
    }
  }
  return canvas;
}

/** Adds a Gaussian spot centred at pixel (x, y) of the canvas. */
export function splat(canvas: CellCanvas, x: number, y: number, sigma: number, amplitude: number): void {
  const r = Math.ceil(sigma * 2.8);
  const inv = -1 / (2 * sigma * sigma);
  const xa = Math.max(0, Math.floor(x - r));
  const xb = Math.min(canvas.w - 1, Math.ceil(x + r));
  const ya = Math.max(0, Math.floor(y - r));
  const yb = Math.min(canvas.h - 1, Math.ceil(y + r));
  for (let yy = ya; yy <= yb; yy++) {
    const ddy = yy + 0.5 - y;
    for (let xx = xa; xx <= xb; xx++) {
      const ddx = xx + 0.5 - x;
      const i = yy * canvas.w + xx;
      canvas.signal[i] = (canvas.signal[i] ?? 0) + amplitude * Math.exp((ddx * ddx + ddy * ddy) * inv);
    }
  }
}

/** A uniformly random point inside the unit disc scaled by maxR, in normalised cell coordinates. */
export function randomInDisc(next: () => number, maxR: number): [number, number] {
  const r = Math.sqrt(next()) * maxR;
  const t = next() * 2 * Math.PI;
  return [r * Math.cos(t), r * Math.sin(t)];
}
