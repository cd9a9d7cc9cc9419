import type { BinaryMask, BitDepth, GreyImage } from '../image/grey-image';
import { SeededRandom } from '../random/seeded-random';
import type { Intensity, PatternClass } from '../taxonomy/label-taxonomy';
import { generateSpecimen } from './specimen-generator';

/** The six patterns of the I3A Task-1 cell set (no mitotic spindle, no negative). */
export const I3A_PATTERNS: readonly PatternClass[] = [
  'homogeneous',
  'speckled',
  'nucleolar',
  'centromere',
  'nuclear_membrane',
  'golgi',
];

export interface CellSetOptions {
  seed: number | string;
  patterns?: readonly PatternClass[];
  /** Specimens per pattern, in `patterns` order (golgi is rare in I3A: ~5 % of the cells). */
  specimensPerPattern: readonly number[];
  /** Crops kept per specimen at most (I3A: hundreds; small here to keep the set quick). */
  cellsPerSpecimen: number;
  /** Side of the square crops (I3A: ~78). */
  cropSize?: number;
  /** Side of the field each specimen is rendered on, before the crops are cut. */
  fieldSize?: number;
  bitDepth?: BitDepth;
  /**
   * Log-normal sigma of a per-specimen exposure factor on the whole image (lamp, camera, slide):
   * positive and intermediate overlap a little in absolute brightness, as between real sessions.
   */
  exposureSpread?: number;
}

export interface GeneratedCellCrop {
  specimenId: string;
  pattern: PatternClass;
  intensity: Intensity;
  image: GreyImage;
  /** Foreground of every cell in the crop (neighbours' edges included). */
  mask: BinaryMask;
}

/**
 * An I3A-like cell-level set: specimens of one pattern and one intensity each (positive and
 * intermediate alternate per pattern), every specimen rendered as a field and cut into square
 * crops centred on whole cells, so the cells of a specimen share its brightness, texture style and
 * exposure - and a split by specimen is a real held-out test. Same options, same crops.
 */
export function generateCellSet(o: CellSetOptions): GeneratedCellCrop[] {
  const patterns = o.patterns ?? I3A_PATTERNS;
  if (o.specimensPerPattern.length !== patterns.length)
    throw new Error(
      `specimensPerPattern needs ${patterns.length} entries, got ${o.specimensPerPattern.length}`,
    );
  const size = o.cropSize ?? 78;
  const field = o.fieldSize ?? 640;
  const rng = new SeededRandom(`cell-set:${o.seed}`);
  const out: GeneratedCellCrop[] = [];
  patterns.forEach((pattern, p) => {
    const first: Intensity = rng.chance(0.5) ? 'positive' : 'intermediate';
    for (let k = 0; k < (o.specimensPerPattern[p] as number); k += 1) {
      const intensity: Intensity = k % 2 === 0 ? first : first === 'positive' ? 'intermediate' : 'positive';
      const id = `${o.seed}-${pattern}-${k}`;
      const specimen = generateSpecimen({
        seed: id,
        pattern,
        intensity,
        width: field,
        height: field,
        bitDepth: o.bitDepth ?? 8,
      });
      const exposure = Math.exp((o.exposureSpread ?? 0.15) * rng.normal());
      for (const crop of cropCells(specimen.image, specimen.mask, specimen.cells, size, o.cellsPerSpecimen)) {
        out.push({
          specimenId: id,
          pattern,
          intensity,
          image: expose(crop.image, exposure),
          mask: crop.mask,
        });
      }
    }
  });
  return out;
}

interface CellCentre {
  cx: number;
  cy: number;
  box: [number, number, number, number];
}

/** Crops (image and mask) centred on whole cells that fit inside the field, spread over the field. */
function cropCells(
  image: GreyImage,
  mask: BinaryMask,
  cells: readonly CellCentre[],
  size: number,
  count: number,
): { image: GreyImage; mask: BinaryMask }[] {
  const half = Math.floor(size / 2);
  const inside = cells.filter((c) => {
    const [x, y, w, h] = c.box;
    const x0 = Math.round(c.cx) - half;
    const y0 = Math.round(c.cy) - half;
    const whole = x > 0 && y > 0 && x + w < image.width && y + h < image.height;
    return whole && x0 >= 0 && y0 >= 0 && x0 + size <= image.width && y0 + size <= image.height;
  });
  const step = Math.max(1, Math.floor(inside.length / Math.max(1, count)));
  return inside
    .filter((_, i) => i % step === 0)
    .slice(0, count)
    .map((c) => {
      const x0 = Math.round(c.cx) - half;
      const y0 = Math.round(c.cy) - half;
      const data = image.bitDepth === 16 ? new Uint16Array(size * size) : new Uint8Array(size * size);
      const m = new Uint8Array(size * size);
      for (let y = 0; y < size; y += 1) {
        const from = (y0 + y) * image.width + x0;
        data.set(image.data.subarray(from, from + size), y * size);
        m.set(mask.data.subarray(from, from + size), y * size);
      }
      return {
        image: { width: size, height: size, bitDepth: image.bitDepth, data },
        mask: { width: size, height: size, data: m },
      };
    });
}

function expose(image: GreyImage, factor: number): GreyImage {
  const max = 2 ** image.bitDepth - 1;
  const data = image.data.map((v) => Math.min(max, Math.round(v * factor)));
  return { ...image, data };
}
