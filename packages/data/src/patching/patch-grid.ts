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
  /** Pixels of the patch that lie inside the image; the rest is zero padding. */
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

/** The patch grid of an image, row by row. */
export function patchGrid(
  width: number,
  height: number,
  settings: PatchSettings = DEFAULT_PATCH_SETTINGS,
): PatchRect[] {
  const s = validatePatchSettings(settings);
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
