import { cloneMask, type Mask } from './mask';

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

/**
 * What a click with the fill tool did. `refused`: the region under the cursor is not enclosed by an
 * outline: the whole patch on an empty mask ('uniform'), or the background around the strokes
 * ('unbounded'), which is also what an outline with a gap leaks into. Filling either is never what
 * an annotator means.
 */
export type FillOutcome =
  | { kind: 'filled'; changed: number }
  | { kind: 'unchanged' }
  | { kind: 'refused'; reason: 'uniform' | 'unbounded' };

const countOf = (mask: Mask, value: 0 | 1): number => {
  let n = 0;
  for (let i = 0; i < mask.data.length; i++) n += (mask.data[i] ? 1 : 0) === value ? 1 : 0;
  return n;
};

/** Whether the fill from `before` to `after` changed all four corners of the patch. */
function reachedEveryCorner(before: Mask, after: Mask): boolean {
  const { width, height } = before;
  return [0, width - 1, (height - 1) * width, height * width - 1].every(
    (i) => (before.data[i] ? 1 : 0) !== (after.data[i] ? 1 : 0),
  );
}

/**
 * The fill tool: fills the enclosed region around (x, y) in a copy of `mask` (left untouched). It
 * refuses a region that holds every pixel of its kind or reaches all four corners: that is the
 * background, not the inside of a cell. A region closed partly by the patch edge is enclosed (cells
 * are cut at patch edges; a cell never holds all four corners of its patch).
 */
export function fillEnclosed(
  mask: Mask,
  x: number,
  y: number,
  value: 0 | 1,
): { mask: Mask; outcome: FillOutcome } {
  const next = cloneMask(mask);
  const changed = floodFill(next, x, y, value);
  if (changed === 0) return { mask, outcome: { kind: 'unchanged' } };
  if (changed === mask.width * mask.height) return { mask, outcome: { kind: 'refused', reason: 'uniform' } };
  if (changed === countOf(mask, value === 1 ? 0 : 1) || reachedEveryCorner(mask, next))
    return { mask, outcome: { kind: 'refused', reason: 'unbounded' } };
  return { mask: next, outcome: { kind: 'filled', changed } };
}
