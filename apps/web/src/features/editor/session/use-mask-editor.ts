'use client';
import { useCallback, useMemo, useRef, useState } from 'react';
import { type DirtyRect, paintSegment } from '../mask/brush';
import { floodFill } from '../mask/flood-fill';
import { cloneMask, emptyMask, type Mask } from '../mask/mask';
import { MaskHistory } from '../mask/mask-history';

export interface MaskEditor {
  mask: Mask;
  /** Bumped on every change that did not come through a stroke's own redraw. */
  revision: number;
  /** Bumped on every change (strokes included): drives autosave. */
  changes: number;
  canUndo: boolean;
  canRedo: boolean;
  beginStroke(): void;
  stroke(
    from: { x: number; y: number },
    to: { x: number; y: number },
    size: number,
    value: 0 | 1,
  ): DirtyRect | null;
  endStroke(): void;
  fill(x: number, y: number, value: 0 | 1): void;
  clear(): void;
  undo(): void;
  redo(): void;
  /** Starts over with `mask` (a new patch, a restored draft); forgets the history. */
  reset(mask: Mask): void;
}

/** The own mask, edited in place for speed, with undo/redo. */
export function useMaskEditor(initial: Mask): MaskEditor {
  const [mask, setMask] = useState<Mask>(initial);
  const maskRef = useRef(mask);
  maskRef.current = mask;
  const history = useRef(new MaskHistory());
  const [revision, setRevision] = useState(0);
  const [changes, setChanges] = useState(0);

  const replace = useCallback((next: Mask) => {
    maskRef.current = next;
    setMask(next);
    setRevision((r) => r + 1);
    setChanges((c) => c + 1);
  }, []);

  const beginStroke = useCallback(() => history.current.record(maskRef.current), []);
  const stroke = useCallback(
    (from: { x: number; y: number }, to: { x: number; y: number }, size: number, value: 0 | 1) =>
      paintSegment(maskRef.current, from, to, size, value),
    [],
  );
  const endStroke = useCallback(() => setChanges((c) => c + 1), []);
  const fill = useCallback(
    (x: number, y: number, value: 0 | 1) => {
      const next = cloneMask(maskRef.current);
      if (floodFill(next, x, y, value) === 0) return;
      history.current.record(maskRef.current);
      replace(next);
    },
    [replace],
  );
  const clear = useCallback(() => {
    const current = maskRef.current;
    history.current.record(current);
    replace(emptyMask(current.width, current.height));
  }, [replace]);
  const undo = useCallback(() => {
    const previous = history.current.undo(maskRef.current);
    if (previous) replace(previous);
  }, [replace]);
  const redo = useCallback(() => {
    const next = history.current.redo(maskRef.current);
    if (next) replace(next);
  }, [replace]);
  const reset = useCallback(
    (next: Mask) => {
      history.current.clear();
      replace(next);
    },
    [replace],
  );

  return useMemo(
    () => ({
      mask,
      revision,
      changes,
      canUndo: history.current.canUndo,
      canRedo: history.current.canRedo,
      beginStroke,
      stroke,
      endStroke,
      fill,
      clear,
      undo,
      redo,
      reset,
    }),
    [mask, revision, changes, beginStroke, stroke, endStroke, fill, clear, undo, redo, reset],
  );
}
