/** Screen pixel = image pixel * scale + offset. */
export interface ViewTransform {
  scale: number;
  offsetX: number;
  offsetY: number;
}

export const MIN_SCALE = 0.25;
export const MAX_SCALE = 32;

/** The largest whole view that shows the image centred with a small margin. */
export function fitTransform(viewW: number, viewH: number, imageW: number, imageH: number): ViewTransform {
  const scale = Math.max(MIN_SCALE, Math.min((viewW - 16) / imageW, (viewH - 16) / imageH));
  return { scale, offsetX: (viewW - imageW * scale) / 2, offsetY: (viewH - imageH * scale) / 2 };
}

/** Zooms by `factor` keeping the image point under (px, py) in place. */
export function zoomAt(t: ViewTransform, factor: number, px: number, py: number): ViewTransform {
  const scale = Math.min(MAX_SCALE, Math.max(MIN_SCALE, t.scale * factor));
  const k = scale / t.scale;
  return { scale, offsetX: px - (px - t.offsetX) * k, offsetY: py - (py - t.offsetY) * k };
}

export const screenToImage = (t: ViewTransform, sx: number, sy: number) => ({
  x: (sx - t.offsetX) / t.scale,
  y: (sy - t.offsetY) / t.scale,
});
