import type { GreyImage } from '../image/grey-image';

export interface ContactSheetOptions {
  columns: number;
  gap?: number;
  /** Stretch each tile between its 1st and 99.7th percentiles, as viewers' auto-contrast does. */
  autoContrast?: boolean;
}

function percentile(sorted: Float32Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

/** Lays tiles of equal size out on a grid, as one 8-bit image (for looking at the generator). */
export function contactSheet(tiles: readonly GreyImage[], o: ContactSheetOptions): GreyImage {
  const first = tiles[0];
  if (!first) throw new Error('contactSheet needs at least one tile');
  const gap = o.gap ?? 4;
  const rows = Math.ceil(tiles.length / o.columns);
  const width = o.columns * first.width + (o.columns + 1) * gap;
  const height = rows * first.height + (rows + 1) * gap;
  const data = new Uint8Array(width * height).fill(96);
  tiles.forEach((tile, t) => {
    const scale = tile.bitDepth === 16 ? 1 / 257 : 1;
    let lo = 0;
    let hi = 255;
    if (o.autoContrast) {
      const sorted = Float32Array.from(tile.data, (v) => v * scale).sort();
      lo = percentile(sorted, 0.01);
      hi = Math.max(lo + 1, percentile(sorted, 0.997));
    }
    const ox = gap + (t % o.columns) * (first.width + gap);
    const oy = gap + Math.floor(t / o.columns) * (first.height + gap);
    for (let y = 0; y < Math.min(tile.height, first.height); y++) {
      for (let x = 0; x < Math.min(tile.width, first.width); x++) {
        const v = ((tile.data[y * tile.width + x] ?? 0) * scale - lo) * (255 / (hi - lo));
        data[(oy + y) * width + ox + x] = v < 0 ? 0 : v > 255 ? 255 : Math.round(v);
      }
    }
  });
  return { width, height, bitDepth: 8, data };
}
