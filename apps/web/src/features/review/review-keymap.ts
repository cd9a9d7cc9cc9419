import { type KeyInput, SHORTCUTS } from '../editor/keyboard/keymap';

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
  { keys: 'E', action: 'Edit the mask and labels, then approve (the editor’s tools)' },
  { keys: 'J / K', action: 'Next / previous item in the queue' },
  { keys: '1 … 9', action: 'Select an annotator’s submission' },
  { keys: 'O', action: 'Overlay all masks / side by side' },
  { keys: 'S', action: 'Open the specimen view' },
  { keys: '?', action: 'This help' },
  { keys: 'Esc', action: 'Close a dialog' },
];

// The editor's canvas keys, word for word: edit-and-approve reads them through the same keymap.
const CANVAS_KEYS = new Set([
  'B',
  'E',
  'F',
  '[  ]',
  'Z or Ctrl+Z',
  'Shift+Z, Ctrl+Y or Ctrl+Shift+Z',
  'C',
  'O',
  ',  .',
  '+  -',
  '0',
  'Space + drag, middle drag',
  'Wheel',
]);

/** Inside edit-and-approve: the annotator's editor keys, with Enter approving instead of submitting. */
export const EDIT_APPROVE_SHORTCUTS: readonly { keys: string; action: string }[] = [
  ...SHORTCUTS.filter((s) => CANVAS_KEYS.has(s.keys)),
  { keys: '1 … 9', action: 'Pattern class (in taxonomy order)' },
  { keys: 'Q / W', action: 'Intensity weaker / stronger' },
  { keys: 'P', action: 'Show the model proposal instead of the mask being edited' },
  { keys: 'Enter', action: 'Approve with these labels and this mask' },
  { keys: '?', action: 'These shortcuts' },
  { keys: 'Esc', action: 'Cancel: nothing is saved' },
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
