'use client';
import { useCallback, useMemo, useRef, useState } from 'react';
import { type DirtyRect, paintSegment } from '../mask/brush';
import type { FillOutcome } from '../mask/flood-fill';
import type { Mask } from '../mask/mask';
import { MaskHistory } from '../mask/mask-history';
import { applyFill, applyOperation, type MaskOperation, replayOperations } from '../mask/mask-journal';

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
  /** Fills the enclosed region at (x, y); says when it refused (not enclosed) or changed nothing. */
  fill(x: number, y: number, value: 0 | 1): FillOutcome;
  clear(): void;
  undo(): void;
  redo(): void;
  /**
   * Starts over from `base` and applies again everything done since the editor opened (undo steps
   * back through it to `base`). Needs the journal; returns whether there was anything to apply.
   */
  rebase(base: Mask): boolean;
  /** Stops recording operations for `rebase` (the starting mask is settled). */
  endJournal(): void;
}

/**
 * The own mask, edited in place for speed, with undo/redo. With `journal`, every operation is also
 * recorded until `endJournal`, so that `rebase` can replay them on another starting mask.
 */
export function useMaskEditor(initial: Mask, options: { journal?: boolean } = {}): MaskEditor {
  const [mask, setMask] = useState<Mask>(initial);
  const maskRef = useRef(mask);
  maskRef.current = mask;
  const history = useRef(new MaskHistory());
  const journal = useRef<MaskOperation[] | null>(options.journal ? [] : null);
  const [revision, setRevision] = useState(0);
  const [changes, setChanges] = useState(0);

  const replace = useCallback((next: Mask) => {
    maskRef.current = next;
    setMask(next);
    setRevision((r) => r + 1);
    setChanges((c) => c + 1);
  }, []);

  const apply = useCallback(
    (operation: MaskOperation) => {
      journal.current?.push(operation);
      const next = applyOperation(maskRef.current, operation, history.current);
      if (next !== maskRef.current) replace(next);
    },
    [replace],
  );

  const beginStroke = useCallback(() => {
    history.current.record(maskRef.current);
    journal.current?.push({ kind: 'stroke', segments: [] });
  }, []);
  const stroke = useCallback(
    (from: { x: number; y: number }, to: { x: number; y: number }, size: number, value: 0 | 1) => {
      const last = journal.current?.at(-1);
      if (last?.kind === 'stroke') last.segments.push({ from: { ...from }, to: { ...to }, size, value });
      return paintSegment(maskRef.current, from, to, size, value);
    },
    [],
  );
  const endStroke = useCallback(() => setChanges((c) => c + 1), []);
  const fill = useCallback(
    (x: number, y: number, value: 0 | 1) => {
      const operation = { kind: 'fill', x, y, value } as const;
      const result = applyFill(maskRef.current, operation, history.current);
      // Only a fill that changed the mask is journaled: a refused click must not fill on a rebase.
      if (result.outcome.kind === 'filled') {
        journal.current?.push(operation);
        replace(result.mask);
      }
      return result.outcome;
    },
    [replace],
  );
  const clear = useCallback(() => apply({ kind: 'clear' }), [apply]);
  const undo = useCallback(() => apply({ kind: 'undo' }), [apply]);
  const redo = useCallback(() => apply({ kind: 'redo' }), [apply]);
  const rebase = useCallback(
    (base: Mask) => {
      const operations = journal.current ?? [];
      replace(replayOperations(base, operations, history.current));
      return operations.length > 0;
    },
    [replace],
  );
  const endJournal = useCallback(() => {
    journal.current = null;
  }, []);

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
      rebase,
      endJournal,
    }),
    [mask, revision, changes, beginStroke, stroke, endStroke, fill, clear, undo, redo, rebase, endJournal],
  );
}
