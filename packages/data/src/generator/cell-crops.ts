import type { GreyImage } from '../image/grey-image';
import type { GeneratedSpecimen } from './specimen-generator';

/** Square crops centred on whole cells (as cell-level sets are cut), neighbours' edges included. */
export function cutCellCrops(specimen: GeneratedSpecimen, count: number, size: number): GreyImage[] {
  const { image } = specimen;
  const half = Math.floor(size / 2);
  const inside = specimen.cells.filter((c) => {
    const [x, y, w, h] = c.box;
    const x0 = Math.round(c.cx) - half;
    const y0 = Math.round(c.cy) - half;
    const whole = x > 0 && y > 0 && x + w < image.width && y + h < image.height;
    return whole && x0 >= 0 && y0 >= 0 && x0 + size <= image.width && y0 + size <= image.height;
  });
  const step = Math.max(1, Math.floor(inside.length / Math.max(1, count)));
  const picked = inside.filter((_, i) => i % step === 0).slice(0, count);
  return picked.map((c) => {
    const x0 = Math.round(c.cx) - half;
    const y0 = Math.round(c.cy) - half;
    const data = image.bitDepth === 16 ? new Uint16Array(size * size) : new Uint8Array(size * size);
    for (let y = 0; y < size; y++) {
      const from = (y0 + y) * image.width + x0;
      data.set(image.data.subarray(from, from + size), y * size);
    }
    return { width: size, height: size, bitDepth: image.bitDepth, data };
  });
}
