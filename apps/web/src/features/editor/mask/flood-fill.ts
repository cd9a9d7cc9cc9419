import type { Mask } from './mask';

/**
 * Fills the 4-connected region around (x, y) that has the seed's value with `value` (scanline fill,
 * no recursion). Returns the number of pixels changed.
 */
export function floodFill(mask: Mask, x: number, y: number, value: 0 | 1): number {
  const { width, height, data } = mask;
  if (x < 0 || y < 0 || x >= width || y >= height) return 0;
  const target = data[y * width + x] ? 1 : 0;
  if (target === value) return 0;
  let changed = 0;
  const stack: number[] = [x, y];
  while (stack.length > 0) {
    const sy = stack.pop() as number;
    let sx = stack.pop() as number;
    const row = sy * width;
    while (sx > 0 && (data[row + sx - 1] ? 1 : 0) === target) sx--;
    let aboveOpen = false;
    let belowOpen = false;
    for (; sx < width && (data[row + sx] ? 1 : 0) === target; sx++) {
      data[row + sx] = value;
      changed++;
      if (sy > 0) {
        const match = (data[row - width + sx] ? 1 : 0) === target;
        if (match && !aboveOpen) stack.push(sx, sy - 1);
        aboveOpen = match;
      }
      if (sy < height - 1) {
        const match = (data[row + width + sx] ? 1 : 0) === target;
        if (match && !belowOpen) stack.push(sx, sy + 1);
        belowOpen = match;
      }
    }
  }
  return changed;
}
