/**
 * Native-resolution tiling for models with patchView 'tiles': a patch of side S is covered by
 * windows of the network's side n, evenly spaced so that neighbours overlap (S = 384, n = 64: 7 x 7
 * windows, ~11 px overlap; n = 128: 4 x 4, ~43 px). Mask probabilities are blended where windows
 * overlap with weights that fall towards each window's edge (a convolution's zero padding makes its
 * border pixels the least reliable); class probabilities are averaged over the windows, each
 * weighted by how much cell it sees (`windowCellWeights`): the pattern is in the cells.
 */

/** Window origins along one axis: one window when it fits, else floor(S / n) + 1 evenly spaced. */
export function tileOrigins(side: number, tile: number): number[] {
  if (tile >= side) return [0];
  const count = Math.floor(side / tile) + 1;
  const step = (side - tile) / (count - 1);
  return Array.from({ length: count }, (_, i) => Math.round(i * step));
}

export interface TileLayout {
  side: number;
  tile: number;
  /** Window origins per axis (the same for rows and columns: patches are square). */
  origins: number[];
  /** Windows per patch: origins.length ** 2, row-major. */
  perPatch: number;
  /** Blending weight of each window pixel (tile x tile). */
  weights: Float32Array;
  /** Sum of the weights covering each patch pixel (side x side). */
  coverage: Float32Array;
}

/**
 * Separable blending weight: 1 in the middle half of the window, falling linearly to 1 / (n / 4)
 * at its border, never 0, so that a patch border covered by one window only keeps its values.
 */
function windowWeights(tile: number): Float32Array {
  const ramp = Math.max(1, tile / 4);
  const axis = Float32Array.from({ length: tile }, (_, i) =>
    Math.min(1, (Math.min(i, tile - 1 - i) + 1) / ramp),
  );
  const w = new Float32Array(tile * tile);
  for (let r = 0; r < tile; r += 1)
    for (let c = 0; c < tile; c += 1) w[r * tile + c] = (axis[r] as number) * (axis[c] as number);
  return w;
}

export function tileLayout(side: number, tile: number): TileLayout {
  if (tile > side) throw new Error(`tile ${tile} px is larger than the patch view ${side} px`);
  const origins = tileOrigins(side, tile);
  const weights = windowWeights(tile);
  const coverage = new Float32Array(side * side);
  for (const y0 of origins)
    for (const x0 of origins)
      for (let r = 0; r < tile; r += 1) {
        const row = (y0 + r) * side + x0;
        for (let c = 0; c < tile; c += 1)
          coverage[row + c] = (coverage[row + c] as number) + (weights[r * tile + c] as number);
      }
  return { side, tile, origins, perPatch: origins.length ** 2, weights, coverage };
}

/** Patches [B, S, S, C] (flat) -> their windows [B * T, n, n, C], patch-major, windows row-major. */
export function cutTiles(
  patches: Float32Array,
  batch: number,
  layout: TileLayout,
  channels = 1,
): Float32Array {
  const { side, tile, origins, perPatch } = layout;
  const out = new Float32Array(batch * perPatch * tile * tile * channels);
  const rowLength = tile * channels;
  let o = 0;
  for (let b = 0; b < batch; b += 1) {
    const base = b * side * side * channels;
    for (const y0 of origins)
      for (const x0 of origins)
        for (let r = 0; r < tile; r += 1) {
          const from = base + ((y0 + r) * side + x0) * channels;
          out.set(patches.subarray(from, from + rowLength), o);
          o += rowLength;
        }
  }
  return out;
}

/** Per-window maps [B * T, n, n] -> blended patch maps [B, S, S] (a weighted mean where windows overlap). */
export function stitchTiles(tiles: Float32Array, batch: number, layout: TileLayout): Float32Array {
  const { side, tile, origins, perPatch, weights, coverage } = layout;
  const px = side * side;
  const out = new Float32Array(batch * px);
  for (let b = 0; b < batch; b += 1) {
    let t = b * perPatch;
    const base = b * px;
    for (const y0 of origins)
      for (const x0 of origins) {
        const from = t * tile * tile;
        for (let r = 0; r < tile; r += 1) {
          const row = base + (y0 + r) * side + x0;
          for (let c = 0; c < tile; c += 1) {
            const k = r * tile + c;
            out[row + c] = (out[row + c] as number) + (weights[k] as number) * (tiles[from + k] as number);
          }
        }
        t += 1;
      }
    for (let i = 0; i < px; i += 1) out[base + i] = (out[base + i] as number) / (coverage[i] as number);
  }
  return out;
}

/**
 * How much each window speaks for its patch's class: the mean of its own mask probabilities (its
 * cell share) plus a floor, so that windows of background - which carry no pattern or intensity
 * and were never trained to - barely count, and a patch where no window sees a cell falls back to
 * the plain mean. `masks` [B * T, n, n] (probabilities, or logits with `logits`).
 */
export function windowCellWeights(masks: Float32Array, windows: number, logits = false): Float32Array {
  const px = masks.length / windows;
  const out = new Float32Array(windows);
  for (let w = 0; w < windows; w += 1) {
    let sum = 0;
    for (let k = w * px; k < (w + 1) * px; k += 1) {
      const v = masks[k] as number;
      sum += logits ? 1 / (1 + Math.exp(-v)) : v;
    }
    out[w] = sum / px + WINDOW_WEIGHT_FLOOR;
  }
  return out;
}
/** A background window's weight beside a window full of cells (1 + floor). */
export const WINDOW_WEIGHT_FLOOR = 0.01;

/** Per-window rows [B * T, K] -> their mean per patch [B, K], each window weighted by `weights` [B * T]. */
export function weightedMeanOverTiles(
  rows: Float32Array,
  batch: number,
  perPatch: number,
  weights: Float32Array,
): Float32Array {
  const width = rows.length / (batch * perPatch);
  const out = new Float32Array(batch * width);
  for (let b = 0; b < batch; b += 1) {
    let total = 0;
    for (let t = 0; t < perPatch; t += 1) total += weights[b * perPatch + t] as number;
    for (let t = 0; t < perPatch; t += 1) {
      const w = (weights[b * perPatch + t] as number) / total;
      const from = (b * perPatch + t) * width;
      for (let k = 0; k < width; k += 1)
        out[b * width + k] = (out[b * width + k] as number) + w * (rows[from + k] as number);
    }
  }
  return out;
}

/** A random window of one square patch (image HWC and mask HW), for training on native-resolution patches. */
export function cropWindow(
  src: Float32Array,
  side: number,
  channels: number,
  tile: number,
  y0: number,
  x0: number,
  dst: Float32Array,
): Float32Array {
  const rowLength = tile * channels;
  for (let r = 0; r < tile; r += 1) {
    const from = ((y0 + r) * side + x0) * channels;
    dst.set(src.subarray(from, from + rowLength), r * rowLength);
  }
  return dst;
}
