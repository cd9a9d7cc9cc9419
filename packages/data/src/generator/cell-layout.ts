import type { SeededRandom } from '../random/seeded-random';

/** Geometry of one synthetic cell (nucleus ellipse with a wobbly outline). */
export interface CellPlan {
  index: number;
  cx: number;
  cy: number;
  /** Semi-axes in pixels. */
  a: number;
  b: number;
  angle: number;
  /** Outline harmonics: radius scale = 1 + h2 cos(2t + p2) + h3 cos(3t + p3). */
  h2: number;
  p2: number;
  h3: number;
  p3: number;
  mitotic: boolean;
  /** Relative staining of this cell (cells differ, a few are bright outliers). */
  brightness: number;
  /** Axis of the metaphase plate (mitotic cells) or the side of the Golgi (interphase). */
  polarity: number;
}

export interface LayoutOptions {
  width: number;
  height: number;
  cellCount: number;
  medianArea: number;
  mitoticFraction: number;
  /** Crop mode: the first cell sits at the centre. */
  centreFirst: boolean;
}

interface Placed {
  cx: number;
  cy: number;
  r: number;
}

function tooClose(placed: readonly Placed[], c: Placed, minFactor: number): boolean {
  for (const p of placed) {
    const d = Math.hypot(p.cx - c.cx, p.cy - c.cy);
    if (d < minFactor * (p.r + c.r)) return true;
  }
  return false;
}

function clusterCentres(rng: SeededRandom, o: LayoutOptions): Array<[number, number]> {
  const n = Math.max(1, Math.round((o.width * o.height) / 160_000));
  return Array.from({ length: n }, () => [rng.uniform(0, o.width), rng.uniform(0, o.height)]);
}

function drawCentre(
  rng: SeededRandom,
  o: LayoutOptions,
  clusters: Array<[number, number]>,
): [number, number] {
  if (rng.chance(0.35)) return [rng.uniform(0, o.width), rng.uniform(0, o.height)];
  const [x, y] = rng.pick(clusters);
  const spread = Math.min(o.width, o.height) * 0.22;
  return [x + rng.normal() * spread, y + rng.normal() * spread];
}

function makeCell(rng: SeededRandom, index: number, cx: number, cy: number, o: LayoutOptions): CellPlan {
  const mitotic = rng.chance(o.mitoticFraction);
  const area = rng.logNormal(o.medianArea, 0.28) * (mitotic ? 0.75 : 1);
  const r = Math.sqrt(area / Math.PI);
  const aspect = mitotic
    ? 1 + Math.abs(rng.normal()) * 0.05
    : 1 + Math.min(0.7, Math.abs(rng.normal()) * 0.18);
  return {
    index,
    cx,
    cy,
    a: r * Math.sqrt(aspect),
    b: r / Math.sqrt(aspect),
    angle: rng.uniform(0, Math.PI),
    h2: mitotic ? 0 : rng.uniform(0, 0.05),
    p2: rng.uniform(0, 2 * Math.PI),
    h3: mitotic ? 0.01 : rng.uniform(0, 0.045),
    p3: rng.uniform(0, 2 * Math.PI),
    mitotic,
    brightness: rng.logNormal(1, 0.22) * (rng.chance(0.03) ? 1.6 : 1),
    polarity: rng.uniform(0, 2 * Math.PI),
  };
}

/**
 * Places cells in loose clusters, as they grow on a HEp-2 slide: most do not overlap, about one in
 * ten is allowed to touch or overlap a neighbour.
 */
export function layoutCells(rng: SeededRandom, o: LayoutOptions): CellPlan[] {
  const cells: CellPlan[] = [];
  const placed: Placed[] = [];
  const clusters = clusterCentres(rng, o);
  const rTypical = Math.sqrt(o.medianArea / Math.PI);
  let attempts = 0;
  while (cells.length < o.cellCount && attempts < o.cellCount * 60) {
    attempts++;
    const centred = o.centreFirst && cells.length === 0;
    const [cx, cy] = centred ? [o.width / 2, o.height / 2] : drawCentre(rng, o, clusters);
    if (
      cx < -rTypical * 0.5 ||
      cy < -rTypical * 0.5 ||
      cx > o.width + rTypical * 0.5 ||
      cy > o.height + rTypical * 0.5
    ) {
      continue;
    }
    const cell = makeCell(rng, cells.length, cx, cy, o);
    const c = { cx, cy, r: Math.max(cell.a, cell.b) };
    const minFactor = rng.chance(0.12) ? 0.6 : 0.95;
    if (!centred && tooClose(placed, c, minFactor)) continue;
    cells.push(cell);
    placed.push(c);
  }
  return cells;
}
