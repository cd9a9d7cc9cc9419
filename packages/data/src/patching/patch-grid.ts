export interface PatchSettings {
  patchWidth: number;
  patchHeight: number;
  /** Largest step between patch origins; the actual step is spread evenly so the last patch meets the edge. */
  strideX: number;
  strideY: number;
}

/** The reference protocol: 384x384 patches, strides 251 x 328 (a 5x3 grid on 1388x1040). */
export const DEFAULT_PATCH_SETTINGS: Readonly<PatchSettings> = {
  patchWidth: 384,
  patchHeight: 384,
  strideX: 251,
  strideY: 328,
};

export interface PatchRect {
  index: number;
  row: number;
  col: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /**
   * Pixels of the patch that lie inside the image; the rest is zero padding. A whole small image is
   * one patch of its own size (width = validWidth, height = validHeight).
   */
  validWidth: number;
  validHeight: number;
  padded: boolean;
}

export class PatchSettingsError extends Error {
  override name = 'PatchSettingsError';
}

export function validatePatchSettings(s: PatchSettings): PatchSettings {
  for (const [field, value] of Object.entries(s)) {
    if (!Number.isInteger(value) || value < 1)
      throw new PatchSettingsError(`${field} must be a positive integer, got ${value}`);
  }
  if (s.strideX > s.patchWidth || s.strideY > s.patchHeight) {
    throw new PatchSettingsError(
      `strides (${s.strideX}x${s.strideY}) larger than the patch (${s.patchWidth}x${s.patchHeight}) would leave gaps`,
    );
  }
  return { ...s };
}

/**
 * Patch origins along one axis: as few patches as cover the length with steps of at most
 * maxStride, spread evenly, the first at 0 and the last flush with the edge.
 * 1388 px, patch 384, stride 251 -> 0, 251, 502, 753, 1004.
 */
export function axisPositions(length: number, patch: number, maxStride: number): number[] {
  if (length <= patch) return [0];
  const n = Math.ceil((length - patch) / maxStride) + 1;
  return Array.from({ length: n }, (_, i) => Math.round((i * (length - patch)) / (n - 1)));
}

/**
 * The patch grid of an image, row by row. An image that fits inside the patch in both dimensions
 * (a ~78x78 cell crop in a dataset of 80 or 384 px patches) is one patch covering exactly the image,
 * not padded: zero-padding it into a corner would leave the cell a few pixels in a corner once the
 * trainer resizes the patch to its input size (consumers read a patch's own width and height, never
 * the dataset's patch size). An image larger than the patch along one axis only keeps the padding
 * along the other, so that every patch of such a grid has the same size.
 */
export function patchGrid(
  width: number,
  height: number,
  settings: PatchSettings = DEFAULT_PATCH_SETTINGS,
): PatchRect[] {
  const s = validatePatchSettings(settings);
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1)
    throw new PatchSettingsError(`image size must be positive integers, got ${width}x${height}`);
  if (width <= s.patchWidth && height <= s.patchHeight) {
    return [
      {
        index: 0,
        row: 0,
        col: 0,
        x: 0,
        y: 0,
        width,
        height,
        validWidth: width,
        validHeight: height,
        padded: false,
      },
    ];
  }
  const xs = axisPositions(width, s.patchWidth, s.strideX);
  const ys = axisPositions(height, s.patchHeight, s.strideY);
  const rects: PatchRect[] = [];
  ys.forEach((y, row) => {
    xs.forEach((x, col) => {
      const validWidth = Math.min(s.patchWidth, width - x);
      const validHeight = Math.min(s.patchHeight, height - y);
      rects.push({
        index: rects.length,
        row,
        col,
        x,
        y,
        width: s.patchWidth,
        height: s.patchHeight,
        validWidth,
        validHeight,
        padded: validWidth < s.patchWidth || validHeight < s.patchHeight,
      });
    });
  });
  return rects;
}

/**
 * Default strides for a patch size when only the size is given: the reference protocol's ratios
 * (251/384 across, 328/384 down), so any patch size keeps the reference overlap (~35 % / ~15 %)
 * and 384 gives exactly 251 x 328. For a cell-level dataset (every image fits in one patch) the
 * strides are never used: each image is one patch.
 */
export function referenceStrides(patchSize: number): { strideX: number; strideY: number } {
  const ref = DEFAULT_PATCH_SETTINGS;
  return {
    strideX: Math.max(1, Math.round((patchSize * ref.strideX) / ref.patchWidth)),
    strideY: Math.max(1, Math.round((patchSize * ref.strideY) / ref.patchHeight)),
  };
}
