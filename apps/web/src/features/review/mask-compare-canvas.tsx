'use client';
import { useEffect, useRef } from 'react';
import { packRgba, writeOverlay } from '../editor/canvas/overlay-pixels';
import type { GreyImage } from '../editor/display/grey-image';
import { applyLut } from '../editor/display/lut';
import type { Mask } from '../editor/mask/mask';

export interface ColouredMask {
  mask: Mask;
  colour: [number, number, number];
}

interface Props {
  image: GreyImage;
  lut: Uint8ClampedArray;
  masks: readonly ColouredMask[];
  opacity: number;
  size: number;
  label: string;
  testId?: string;
}

/**
 * Read-only patch view with one or more masks overlaid in their colours (the editor's LUT and
 * overlay code, without its tools): side by side one mask each, or every mask at once.
 */
export function MaskCompareCanvas({ image, lut, masks, opacity, size, label, testId }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const layer = document.createElement('canvas');
    layer.width = image.width;
    layer.height = image.height;
    const layerCtx = layer.getContext('2d');
    if (!layerCtx) return;
    const pixels = layerCtx.createImageData(image.width, image.height);
    applyLut(image.data, lut, pixels.data);
    layerCtx.putImageData(pixels, 0, 0);
    ctx.imageSmoothingEnabled = false;
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(layer, 0, 0, canvas.width, canvas.height);
    const alpha = masks.length > 1 ? Math.min(opacity, 0.8 / Math.sqrt(masks.length)) : opacity;
    for (const { mask, colour } of masks) {
      const overlay = document.createElement('canvas');
      overlay.width = mask.width;
      overlay.height = mask.height;
      const overlayCtx = overlay.getContext('2d');
      if (!overlayCtx) continue;
      const data = overlayCtx.createImageData(mask.width, mask.height);
      writeOverlay(mask, data, packRgba(...colour));
      overlayCtx.putImageData(data, 0, 0);
      ctx.globalAlpha = alpha;
      ctx.drawImage(overlay, 0, 0, canvas.width, canvas.height);
      ctx.globalAlpha = 1;
    }
  }, [image, lut, masks, opacity]);
  const { width, height } = shownSize(image, size);
  return (
    <div className="compare-box" style={{ width: size, minHeight: Math.min(size, height) }}>
      <canvas
        ref={ref}
        width={width}
        height={height}
        className="compare-canvas"
        aria-label={label}
        data-testid={testId}
        data-scale={width / image.width}
      />
    </div>
  );
}

/**
 * The canvas size for a patch in a `size` px box: an image smaller than the box (a cell crop, e.g.
 * 78x74) is enlarged by a whole factor, so its pixels stay square and even; a larger one is shrunk
 * to the box. The long side decides, so a non-square crop is not stretched.
 */
export function shownSize(image: { width: number; height: number }, size: number) {
  const long = Math.max(image.width, image.height);
  const scale = long <= size ? Math.max(1, Math.floor(size / long)) : size / long;
  return { width: Math.round(image.width * scale), height: Math.round(image.height * scale) };
}
