/** Screen pixel = image pixel * scale + offset. */
export interface ViewTransform {
  scale: number;
  offsetX: number;
  offsetY: number;
}

export const MIN_SCALE = 0.25;
export const MAX_SCALE = 32;

export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The largest view that shows `region` (default: the whole image) centred with a small margin.
 * A small image (a cell crop, e.g. 78x74) is enlarged by a whole factor, so every image pixel is the
 * same number of screen pixels and the cell's texture is not distorted by uneven pixel sizes.
 */
export function fitTransform(
  viewW: number,
  viewH: number,
  imageW: number,
  imageH: number,
  region: Region = { x: 0, y: 0, width: imageW, height: imageH },
): ViewTransform {
  const exact = Math.min((viewW - 16) / region.width, (viewH - 16) / region.height);
  const scale = Math.min(MAX_SCALE, Math.max(MIN_SCALE, exact >= 2 ? Math.floor(exact) : exact));
  return {
    scale,
    offsetX: Math.round((viewW - region.width * scale) / 2 - region.x * scale),
    offsetY: Math.round((viewH - region.height * scale) / 2 - region.y * scale),
  };
}

/** Zooms by `factor` keeping the image point under (px, py) in place. */
export function zoomAt(t: ViewTransform, factor: number, px: number, py: number): ViewTransform {
  const scale = Math.min(MAX_SCALE, Math.max(MIN_SCALE, t.scale * factor));
  const k = scale / t.scale;
  return { scale, offsetX: px - (px - t.offsetX) * k, offsetY: py - (py - t.offsetY) * k };
}

/**
 * The screen point keyboard zoom keeps still: the cursor when it is over the image, else the centre
 * of the image's region (the cell of a crop, the content of a padded patch), never the empty view centre.
 */
export function zoomAnchor(t: ViewTransform, region: Region, cursor: { x: number; y: number } | null) {
  const inside =
    cursor &&
    cursor.x >= region.x &&
    cursor.y >= region.y &&
    cursor.x <= region.x + region.width &&
    cursor.y <= region.y + region.height;
  const p = inside ? cursor : { x: region.x + region.width / 2, y: region.y + region.height / 2 };
  return { x: p.x * t.scale + t.offsetX, y: p.y * t.scale + t.offsetY };
}

export const screenToImage = (t: ViewTransform, sx: number, sy: number) => ({
  x: (sx - t.offsetX) / t.scale,
  y: (sy - t.offsetY) / t.scale,
});

/** The zoom as annotators read it: screen (css) pixels per image pixel, e.g. "800 %" for a crop fitted at 8x. */
export const zoomPercent = (scale: number): string => `${Math.round(scale * 100)} %`;
