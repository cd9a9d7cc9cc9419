import { describe, expect, it } from 'vitest';
import { paintDisc, paintSegment } from '../src/features/editor/mask/brush';
import { fillEnclosed, floodFill } from '../src/features/editor/mask/flood-fill';
import { emptyMask, type Mask, maskArea } from '../src/features/editor/mask/mask';
import { MaskHistory } from '../src/features/editor/mask/mask-history';

describe('brush', () => {
  it('paints a disc of about pi r^2 and reports the touched box', () => {
    const mask = emptyMask(100, 100);
    const dirty = paintDisc(mask, 50, 50, 20, 1);
    expect(dirty).toEqual({ x0: 40, y0: 40, x1: 60, y1: 60 });
    expect(Math.abs(maskArea(mask) - Math.PI * 100)).toBeLessThan(20);
  });

  it('clips at the border and erases', () => {
    const mask = emptyMask(10, 10);
    paintDisc(mask, 0, 0, 6, 1);
    expect(maskArea(mask)).toBeGreaterThan(0);
    paintDisc(mask, 0, 0, 8, 0);
    expect(maskArea(mask)).toBe(0);
    expect(paintDisc(mask, -50, -50, 4, 1)).toBeNull();
  });

  it('leaves no gaps on a fast segment', () => {
    const mask = emptyMask(100, 20);
    paintSegment(mask, { x: 5, y: 10 }, { x: 95, y: 10 }, 4, 1);
    for (let x = 5; x < 95; x++) expect(mask.data[10 * 100 + x]).toBe(1);
  });
});

describe('flood fill', () => {
  it('fills the inside of a ring and not the outside', () => {
    const mask = emptyMask(20, 20);
    for (let i = 5; i <= 15; i++) {
      mask.data[5 * 20 + i] = 1;
      mask.data[15 * 20 + i] = 1;
      mask.data[i * 20 + 5] = 1;
      mask.data[i * 20 + 15] = 1;
    }
    const ring = maskArea(mask);
    expect(floodFill(mask, 10, 10, 1)).toBe(9 * 9);
    expect(maskArea(mask)).toBe(ring + 81);
    expect(mask.data[0]).toBe(0);
  });

  it('does nothing on a pixel that already has the value or outside', () => {
    const mask = emptyMask(5, 5);
    expect(floodFill(mask, 2, 2, 0)).toBe(0);
    expect(floodFill(mask, 9, 9, 1)).toBe(0);
    expect(floodFill(mask, 2, 2, 1)).toBe(25);
  });
});

/** A 20x20 mask with a closed square ring from 5 to 15 (its inside is 9x9 pixels). */
function ring(): Mask {
  const mask = emptyMask(20, 20);
  for (let i = 5; i <= 15; i++) {
    mask.data[5 * 20 + i] = 1;
    mask.data[15 * 20 + i] = 1;
    mask.data[i * 20 + 5] = 1;
    mask.data[i * 20 + 15] = 1;
  }
  return mask;
}

describe('fill tool (fillEnclosed)', () => {
  it('refuses an empty mask instead of flooding the whole patch, leaving it untouched', () => {
    const mask = emptyMask(30, 30);
    const result = fillEnclosed(mask, 10, 10, 1);
    expect(result.outcome).toEqual({ kind: 'refused', reason: 'uniform' });
    expect(result.mask).toBe(mask);
    expect(maskArea(mask)).toBe(0);
  });

  it('fills the inside of a closed outline, in a copy', () => {
    const mask = ring();
    const result = fillEnclosed(mask, 10, 10, 1);
    expect(result.outcome).toEqual({ kind: 'filled', changed: 81 });
    expect(maskArea(result.mask)).toBe(maskArea(mask) + 81);
    expect(mask.data[10 * 20 + 10]).toBe(0);
  });

  it('refuses the background around an outline (even a closed one) and an outline with a gap', () => {
    expect(fillEnclosed(ring(), 1, 1, 1).outcome).toEqual({ kind: 'refused', reason: 'unbounded' });
    const leaky = ring();
    leaky.data[5 * 20 + 10] = 0; // a one-pixel gap in the top edge
    const result = fillEnclosed(leaky, 10, 10, 1);
    expect(result.outcome).toEqual({ kind: 'refused', reason: 'unbounded' });
    expect(result.mask).toBe(leaky);
  });

  it('fills a region closed by the patch edge (a cell cut at the border)', () => {
    const mask = emptyMask(20, 20);
    for (let y = 0; y < 20; y++) mask.data[y * 20 + 12] = 1; // a wall from the top edge to the bottom
    const result = fillEnclosed(mask, 16, 3, 1);
    expect(result.outcome).toEqual({ kind: 'filled', changed: 7 * 20 });
  });

  it('changes nothing on a pixel that already has the value or outside the patch', () => {
    expect(fillEnclosed(ring(), 5, 5, 1).outcome).toEqual({ kind: 'unchanged' });
    expect(fillEnclosed(ring(), -1, 3, 1).outcome).toEqual({ kind: 'unchanged' });
  });

  it('refuses to erase a completely full mask, and erases an enclosed blob', () => {
    const full = emptyMask(8, 8);
    full.data.fill(1);
    expect(fillEnclosed(full, 3, 3, 0).outcome).toEqual({ kind: 'refused', reason: 'uniform' });
    const blobs = emptyMask(8, 8);
    blobs.data[0] = 1;
    blobs.data[63] = 1;
    expect(fillEnclosed(blobs, 0, 0, 0).outcome).toEqual({ kind: 'filled', changed: 1 });
  });
});

describe('mask history', () => {
  it('undoes and redoes snapshots, and a new change drops the redo stack', () => {
    const history = new MaskHistory(10);
    let mask = emptyMask(4, 4);
    history.record(mask);
    mask.data[0] = 1;
    const undone = history.undo(mask);
    expect(undone?.data[0]).toBe(0);
    mask = undone ?? mask;
    const redone = history.redo(mask);
    expect(redone?.data[0]).toBe(1);
    history.record(redone ?? mask);
    expect(history.canRedo).toBe(false);
    expect(history.canUndo).toBe(true);
  });

  it('keeps at most `limit` steps', () => {
    const history = new MaskHistory(3);
    const mask = emptyMask(2, 2);
    for (let i = 0; i < 5; i++) history.record(mask);
    let steps = 0;
    while (history.undo(mask)) steps++;
    expect(steps).toBe(3);
  });
});
