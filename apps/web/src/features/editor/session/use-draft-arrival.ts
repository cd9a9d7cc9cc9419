'use client';
import { useLayoutEffect, useRef } from 'react';
import { type InitialEditorState, initialEditorState } from './initial-state';
import type { LocalDraft } from './local-draft';
import type { LabelChoices } from './use-label-choices';
import type { MaskEditor } from './use-mask-editor';
import type { LoadedWorkItem } from './work-item-loader';

export type DraftArrival =
  /** The work now starts from `origin`; `replayed`: the annotator had done something, applied on top. */
  | { kind: 'rebased'; origin: InitialEditorState['origin']; replayed: boolean }
  /** The draft's mask could not be fetched: the work stays as it is, unsaved over the draft. */
  | { kind: 'unavailable' };

interface Parts {
  editor: MaskEditor;
  labels: LabelChoices;
  adoptVersion(version: number | null): void;
  /** This browser's copy of the patch's work when the editor opened. */
  localAtOpen: LocalDraft | null;
  onArrival(arrival: DraftArrival): void;
}

/**
 * A patch shown from the prefetch is paintable before its claim answers (~100 ms), and the answer
 * may bring a draft this annotator saved of it earlier. Then the work starts over from what an
 * editor opened now would start from (the draft's mask, labels and version), and what the annotator
 * did meanwhile is applied again on top: strokes replayed in order, labels they chose kept. Nothing
 * they did is lost, and undo steps back through it to the draft.
 * A layout effect: it runs before the browser hands the editor the next pointer or key event.
 */
export function useDraftArrival(loaded: LoadedWorkItem, parts: Parts): void {
  const previous = useRef(loaded);
  const latest = useRef(parts);
  latest.current = parts;

  useLayoutEffect(() => {
    const wasPending = previous.current.pending;
    previous.current = loaded;
    if (!wasPending || loaded.pending) return;
    const { editor, labels, adoptVersion, localAtOpen, onArrival } = latest.current;
    const draft = loaded.item.draft;
    if (draft?.maskUrl && !loaded.draftMask) onArrival({ kind: 'unavailable' });
    else if (draft) {
      const base = initialEditorState(loaded, localAtOpen);
      adoptVersion(base.version);
      // 'local': the work shown already started from this browser's copy, newer than the draft.
      if (base.origin !== 'local') {
        const replayedStrokes = editor.rebase(base.mask);
        const keptLabels = labels.rebase(base);
        onArrival({ kind: 'rebased', origin: base.origin, replayed: replayedStrokes || keptLabels });
      }
    }
    editor.endJournal();
  }, [loaded]);
}
