import type { BinaryMask, GreyImage } from '../image/grey-image';

export interface SpecimenStats {
  cellCount: number;
  mitoticCount: number;
  medianCellArea: number;
  /** Fraction of pixels inside the mask. */
  coverage: number;
  /** Mean grey level inside / outside the mask, on the 8-bit scale whatever the bit depth. */
  fgMean: number;
  bgMean: number;
  blurSigma: number;
  gain: number;
}

export function specimenStats(
  image: GreyImage,
  mask: BinaryMask,
  cells: ReadonlyArray<{ mitotic: boolean; area: number }>,
  extra: { blurSigma: number; gain: number },
): SpecimenStats {
  const scale = image.bitDepth === 16 ? 1 / 257 : 1;
  let fg = 0;
  let bg = 0;
  let nFg = 0;
  for (let i = 0; i < image.data.length; i++) {
    const v = image.data[i] ?? 0;
    if (mask.data[i]) {
      fg += v;
      nFg++;
    } else bg += v;
  }
  const nBg = image.data.length - nFg;
  const areas = cells.map((c) => c.area).sort((a, b) => a - b);
  return {
    cellCount: cells.length,
    mitoticCount: cells.filter((c) => c.mitotic).length,
    medianCellArea: areas[Math.floor(areas.length / 2)] ?? 0,
    coverage: nFg / Math.max(1, image.data.length),
    fgMean: nFg ? (fg / nFg) * scale : 0,
    bgMean: nBg ? (bg / nBg) * scale : 0,
    ...extra,
  };
}
