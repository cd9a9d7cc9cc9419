import { describe, expect, it } from 'vitest';
import { emptyMask, type Mask, maskArea } from '../src/features/editor/mask/mask';
import { MaskHistory } from '../src/features/editor/mask/mask-history';
import {
  applyFill,
  applyOperation,
  type MaskOperation,
  replayOperations,
} from '../src/features/editor/mask/mask-journal';

const at = (m: Mask, x: number, y: number) => m.data[y * m.width + x];

/** A 40x20 mask with its left half set: the "draft" the journal is replayed on. */
function leftHalf(): Mask {
  const m = emptyMask(40, 20);
  for (let y = 0; y < 20; y++) for (let x = 0; x < 20; x++) m.data[y * 40 + x] = 1;
  return m;
}

const rightStroke: MaskOperation = {
  kind: 'stroke',
  segments: [{ from: { x: 25, y: 10 }, to: { x: 35, y: 10 }, size: 4, value: 1 }],
};
const eraseLeft: MaskOperation = {
  kind: 'stroke',
  segments: [{ from: { x: 5, y: 2 }, to: { x: 5, y: 18 }, size: 2, value: 0 }],
};

/** A wall from the top edge to the bottom one: the two columns right of it are an enclosed region. */
const wallAt37: MaskOperation = {
  kind: 'stroke',
  segments: [{ from: { x: 37, y: -2 }, to: { x: 37, y: 22 }, size: 2, value: 1 }],
};

describe('mask journal', () => {
  it('replays strokes on another starting mask and leaves that mask untouched', () => {
    const base = leftHalf();
    const history = new MaskHistory();
    const result = replayOperations(base, [rightStroke, eraseLeft], history);
    expect(at(result, 10, 10)).toBe(1); // the base's pixels stay
    expect(at(result, 30, 10)).toBe(1); // the stroke is added
    expect(at(result, 5, 10)).toBe(0); // the eraser stroke applies to the base too
    expect(maskArea(base)).toBe(400);
  });

  it('rebuilds the undo history so that undo steps back through the operations to the base', () => {
    const history = new MaskHistory();
    history.record(emptyMask(40, 20)); // history of the old start: must not survive the replay
    let mask = replayOperations(leftHalf(), [rightStroke, eraseLeft], history);
    mask = history.undo(mask) ?? mask;
    expect([at(mask, 5, 10), at(mask, 30, 10)]).toEqual([1, 1]);
    mask = history.undo(mask) ?? mask;
    expect(maskArea(mask)).toBe(400);
    expect(history.undo(mask)).toBeNull();
    expect(history.canRedo).toBe(true);
  });

  it('replays undo, redo, fill and clear as they happened live', () => {
    const live = new MaskHistory();
    const operations: MaskOperation[] = [
      rightStroke,
      { kind: 'undo' },
      { kind: 'redo' },
      wallAt37,
      { kind: 'fill', x: 38, y: 2, value: 1 },
      { kind: 'undo' },
      { kind: 'clear' },
      { kind: 'undo' },
    ];
    let mask = leftHalf();
    for (const op of operations) mask = applyOperation(mask, op, live);
    const replayed = replayOperations(leftHalf(), operations, new MaskHistory());
    expect(Array.from(replayed.data)).toEqual(Array.from(mask.data));
    expect(at(replayed, 30, 10)).toBe(1);
    expect(at(replayed, 38, 2)).toBe(0);
  });

  it('applies the fill of a region between a wall and the patch edge, with one undo step', () => {
    const history = new MaskHistory();
    let mask = applyOperation(leftHalf(), wallAt37, history);
    mask = applyOperation(mask, { kind: 'fill', x: 39, y: 19, value: 1 }, history);
    expect([at(mask, 38, 0), at(mask, 39, 19), at(mask, 30, 5)]).toEqual([1, 1, 0]);
    mask = history.undo(mask) ?? mask;
    expect(at(mask, 39, 19)).toBe(0);
  });

  it('refuses a fill of the open background: nothing changes and no undo step is added', () => {
    const history = new MaskHistory();
    const base = applyOperation(leftHalf(), rightStroke, history);
    const after = applyOperation(base, { kind: 'fill', x: 30, y: 2, value: 1 }, history);
    expect(after).toBe(base);
    expect(applyFill(base, { kind: 'fill', x: 30, y: 2, value: 1 }, history).outcome).toEqual({
      kind: 'refused',
      reason: 'unbounded',
    });
    // the one undo step is the stroke's
    expect(maskArea(history.undo(after) ?? after)).toBe(400);
    expect(history.canUndo).toBe(false);
  });
});
