import type { GreyImage } from './grey-image';

/** Binary entropy of p in bits: 0 where the model is sure (p = 0 or 1), 1 at p = 0.5. */
export function binaryEntropy(p: number): number {
  if (p <= 0 || p >= 1) return 0;
  return -(p * Math.log2(p) + (1 - p) * Math.log2(1 - p));
}

// The stored map is p x 255, so 256 entries cover every pixel.
const ENTROPY_BY_BYTE = Float32Array.from({ length: 256 }, (_, v) => binaryEntropy(v / 255));

/** Mean per-pixel uncertainty (bits) of a stored probability map. */
export function meanUncertainty(probability: GreyImage): number {
  const scale = probability.maxValue === 255 ? 1 : 255 / probability.maxValue;
  let sum = 0;
  for (let i = 0; i < probability.data.length; i++)
    sum += ENTROPY_BY_BYTE[Math.round((probability.data[i] as number) * scale)] as number;
  return probability.data.length ? sum / probability.data.length : 0;
}

/**
 * The map as an RGBA layer: transparent where the model is sure, cyan (apart from the magenta own
 * mask and the yellow proposal) growing opaque where it is unsure.
 */
export function uncertaintyCanvas(probability: GreyImage): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = probability.width;
  canvas.height = probability.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) return canvas;
  const pixels = ctx.createImageData(probability.width, probability.height);
  const scale = probability.maxValue === 255 ? 1 : 255 / probability.maxValue;
  for (let i = 0; i < probability.data.length; i++) {
    const h = ENTROPY_BY_BYTE[Math.round((probability.data[i] as number) * scale)] as number;
    const o = i * 4;
    pixels.data[o] = 0;
    pixels.data[o + 1] = 230;
    pixels.data[o + 2] = 255;
    pixels.data[o + 3] = Math.round(h * 230);
  }
  ctx.putImageData(pixels, 0, 0);
  return canvas;
}
