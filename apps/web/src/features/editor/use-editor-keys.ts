'use client';
import { useEffect, useRef } from 'react';
import { actionForKey, type EditorAction, isTypingTarget } from './keyboard/keymap';

/** Routes key presses to `onAction` (not while typing or while a dialog is open) and tracks Space for panning. */
export function useEditorKeys(
  onAction: (action: EditorAction) => void,
  dialogOpen: boolean,
  onPanHeld: (held: boolean) => void,
) {
  const handler = useRef(onAction);
  handler.current = onAction;
  useEffect(() => {
    const down = (e: KeyboardEvent) => {
      if (isTypingTarget(e.target)) return;
      if (e.key === ' ') {
        e.preventDefault();
        onPanHeld(true);
        return;
      }
      const action = actionForKey(e);
      if (!action) return;
      if (dialogOpen && action.type !== 'close') return;
      e.preventDefault();
      handler.current(action);
    };
    const up = (e: KeyboardEvent) => {
      if (e.key === ' ') onPanHeld(false);
    };
    window.addEventListener('keydown', down);
    window.addEventListener('keyup', up);
    return () => {
      window.removeEventListener('keydown', down);
      window.removeEventListener('keyup', up);
    };
  }, [dialogOpen, onPanHeld]);
}
