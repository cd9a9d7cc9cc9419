'use client';
import { useEffect, useRef } from 'react';
import { isTypingTarget, type ReviewAction, reviewActionFor } from './review-keymap';

/** Window-level review shortcuts while `enabled` (off while a dialog owns the keyboard). */
export function useReviewKeys(enabled: boolean, onAction: (a: ReviewAction) => void): void {
  const handler = useRef(onAction);
  handler.current = onAction;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (isTypingTarget(e.target)) return;
      const action = reviewActionFor(e);
      if (!action) return;
      e.preventDefault();
      handler.current(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
