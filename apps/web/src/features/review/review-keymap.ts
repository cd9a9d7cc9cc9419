import type { KeyInput } from '../editor/keyboard/keymap';

export type ReviewAction =
  | { type: 'approve' }
  | { type: 'reject' }
  | { type: 'edit-approve' }
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'select-annotation'; index: number }
  | { type: 'toggle-overlay' }
  | { type: 'specimen' }
  | { type: 'help' }
  | { type: 'close' };

/** What the review help lists; the same table the handler reads. */
export const REVIEW_SHORTCUTS: readonly { keys: string; action: string }[] = [
  { keys: 'A', action: 'Approve the selected submission' },
  { keys: 'R', action: 'Reject it with a comment (returns it to its annotator)' },
  { keys: 'E', action: 'Edit labels and approve' },
  { keys: 'J / K', action: 'Next / previous item in the queue' },
  { keys: '1 … 9', action: 'Select an annotator’s submission' },
  { keys: 'O', action: 'Overlay all masks / side by side' },
  { keys: 'S', action: 'Open the specimen view' },
  { keys: '?', action: 'This help' },
  { keys: 'Esc', action: 'Close a dialog' },
];

/** Maps a key press to a review action; modifiers other than Shift leave keys to the browser. */
export function reviewActionFor(e: KeyInput): ReviewAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  switch (key) {
    case 'a':
      return { type: 'approve' };
    case 'r':
      return { type: 'reject' };
    case 'e':
      return { type: 'edit-approve' };
    case 'j':
    case 'ArrowDown':
      return { type: 'next' };
    case 'k':
    case 'ArrowUp':
      return { type: 'previous' };
    case 'o':
      return { type: 'toggle-overlay' };
    case 's':
      return { type: 'specimen' };
    case '?':
      return { type: 'help' };
    case 'Escape':
      return { type: 'close' };
    default:
      if (/^[1-9]$/.test(key)) return { type: 'select-annotation', index: Number(key) - 1 };
      return null;
  }
}

/** Typing in a field (the reject comment) never triggers shortcuts. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
