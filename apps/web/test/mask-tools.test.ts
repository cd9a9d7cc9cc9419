import { describe, expect, it } from 'vitest';
import { paintDisc, paintSegment } from '../src/features/editor/mask/brush';
import { floodFill } from '../src/features/editor/mask/flood-fill';
import { emptyMask, maskArea } from '../src/features/editor/mask/mask';
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
