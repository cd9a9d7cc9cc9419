import { paintSegment } from './brush';
import { type FillOutcome, fillEnclosed } from './flood-fill';
import { cloneMask, emptyMask, type Mask } from './mask';
import type { MaskHistory } from './mask-history';

type Point = { x: number; y: number };

/** One brush or eraser segment, as the canvas sent it. */
export interface StrokeSegment {
  from: Point;
  to: Point;
  size: number;
  value: 0 | 1;
}

/** An edit of the own mask, recorded so that it can be applied again on another starting mask. */
export type MaskOperation =
  | { kind: 'stroke'; segments: StrokeSegment[] }
  | { kind: 'fill'; x: number; y: number; value: 0 | 1 }
  | { kind: 'clear' }
  | { kind: 'undo' }
  | { kind: 'redo' };

/**
 * Applies one operation the way the editor does live, recording undo snapshots in `history`.
 * Returns the mask after it: `mask` itself (painted in place) or a new one.
 */
export function applyOperation(mask: Mask, operation: MaskOperation, history: MaskHistory): Mask {
  switch (operation.kind) {
    case 'stroke':
      history.record(mask);
      for (const s of operation.segments) paintSegment(mask, s.from, s.to, s.size, s.value);
      return mask;
    case 'fill':
      return applyFill(mask, operation, history).mask;
    case 'clear':
      history.record(mask);
      return emptyMask(mask.width, mask.height);
    case 'undo':
      return history.undo(mask) ?? mask;
    case 'redo':
      return history.redo(mask) ?? mask;
  }
}

/** A fill as the editor applies it (refused when not enclosed), recording an undo step when it filled. */
export function applyFill(
  mask: Mask,
  operation: Extract<MaskOperation, { kind: 'fill' }>,
  history: MaskHistory,
): { mask: Mask; outcome: FillOutcome } {
  const result = fillEnclosed(mask, operation.x, operation.y, operation.value);
  if (result.outcome.kind === 'filled') history.record(mask);
  return result;
}

/**
 * Starts over from `base` (left untouched) and applies `operations` in order, rebuilding `history`
 * from scratch: afterwards undo steps back through the operations to `base`, and redo is as it was.
 */
export function replayOperations(
  base: Mask,
  operations: readonly MaskOperation[],
  history: MaskHistory,
): Mask {
  history.clear();
  let mask = cloneMask(base);
  for (const operation of operations) mask = applyOperation(mask, operation, history);
  return mask;
}
