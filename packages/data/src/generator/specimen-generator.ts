import type { BinaryMask, GreyImage } from '../image/grey-image';
import { SeededRandom } from '../random/seeded-random';
import type { Intensity, PatternClass } from '../taxonomy/label-taxonomy';
import { layoutCells } from './cell-layout';
import { renderCell } from './cell-renderer';
import { addNoiseAndQuantise, gaussianBlur, unevenFields } from './image-degradation';
import { drawPatternStyle } from './pattern-style';
import {
  type ResolvedSpecimenOptions,
  resolveSpecimenOptions,
  type SpecimenOptions,
} from './specimen-options';
import { type SpecimenStats, specimenStats } from './specimen-stats';

export interface GeneratedCell {
  index: number;
  cx: number;
  cy: number;
  mitotic: boolean;
  /** Pixels of the cell's own region (before overlaps merge). */
  area: number;
  /** x, y, width, height of the painted box, clipped to the image. */
  box: [number, number, number, number];
}

export interface GeneratedSpecimen {
  id: string;
  seed: number | string;
  pattern: PatternClass;
  intensity: Intensity;
  image: GreyImage;
  mask: BinaryMask;
  cells: GeneratedCell[];
  stats: SpecimenStats;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/**
 * Painters work in units where a homogeneous nucleus is about 1, so one gain serves every pattern:
 * sparse patterns (centromere dots, spindles) end up dimmer on average but as bright where stained.
 * Levels are on the 8-bit scale: cell means ~62 (positive) / ~29 (intermediate) over a ~18 background.
 */
function drawLevels(rng: SeededRandom, intensity: Intensity): { bg: number; gain: number } {
  const bg = clamp(rng.logNormal(18, 0.15), 11, 28);
  if (intensity === 'negative') return { bg, gain: clamp(rng.logNormal(40, 0.3), 20, 80) };
  const cellMean =
    intensity === 'positive'
      ? clamp(rng.logNormal(62, 0.2), 42, 115)
      : clamp(rng.logNormal(29, 0.12), 23, 40);
  return { bg, gain: (cellMean - 18) / HOMOGENEOUS_UNIT };
}

/** Mean of a blurred homogeneous cell in painter units (grain, nucleoli and edges included). */
const HOMOGENEOUS_UNIT = 0.9;

function defaultCellCount(rng: SeededRandom, o: ResolvedSpecimenOptions): number {
  if (o.mode === 'crop') return Math.max(1, Math.round((o.width * o.height) / 9000));
  const perField = clamp(Math.round(125 + rng.normal() * 17), 85, 165);
  return Math.max(1, Math.round((perField * o.width * o.height) / (1388 * 1040)));
}

/** Renders one synthetic HEp-2 specimen image with its exact mask. Same options, same bytes. */
export function generateSpecimen(options: SpecimenOptions): GeneratedSpecimen {
  const o = resolveSpecimenOptions(options);
  const rng = new SeededRandom(o.seed);
  const intensity: Intensity = o.intensity ?? (rng.chance(0.6) ? 'positive' : 'intermediate');
  const { width, height } = o;
  const plans = layoutCells(rng.fork('layout'), {
    width,
    height,
    cellCount: o.cellCount ?? defaultCellCount(rng, o),
    medianArea: o.medianCellArea,
    mitoticFraction: o.mitoticFraction,
    centreFirst: o.mode === 'crop',
  });
  const target = {
    width,
    height,
    signal: new Float32Array(width * height),
    mask: new Uint8Array(width * height),
  };
  const paintRng = rng.fork('paint');
  const style = drawPatternStyle(rng.fork('style'));
  const cells: GeneratedCell[] = [];
  for (const plan of plans) {
    const r = renderCell(target, plan, o.pattern, paintRng, style);
    if (r) cells.push({ index: cells.length, cx: plan.cx, cy: plan.cy, mitotic: plan.mitotic, ...r });
  }
  const blurSigma = rng.uniform(1.0, 1.7);
  const stain = gaussianBlur(target.signal, width, height, blurSigma);
  const { illumination, background } = unevenFields(rng.fork('fields'), width, height);
  const { bg, gain } = drawLevels(rng, intensity);
  const value = new Float32Array(stain.length);
  for (let i = 0; i < value.length; i++) {
    value[i] = bg * (background[i] as number) + gain * (illumination[i] as number) * (stain[i] as number);
  }
  const noise = { photonsPerLevel: rng.logNormal(3, 0.25), readNoise: rng.uniform(1.0, 1.6) };
  const data = addNoiseAndQuantise(value, rng.fork('noise'), noise, o.bitDepth);
  const image: GreyImage = { width, height, bitDepth: o.bitDepth, data };
  const mask: BinaryMask = { width, height, data: target.mask };
  const stats = specimenStats(image, mask, cells, { blurSigma, gain });
  return { id: o.id, seed: o.seed, pattern: o.pattern, intensity, image, mask, cells, stats };
}
