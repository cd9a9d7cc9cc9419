export type EditorAction =
  | { type: 'tool'; tool: 'brush' | 'eraser' | 'fill' }
  | { type: 'brush-size'; delta: number }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'pattern'; index: number }
  | { type: 'intensity'; delta: -1 | 1 }
  | { type: 'submit' }
  | { type: 'skip' }
  | { type: 'clear' }
  | { type: 'toggle-proposal' }
  | { type: 'toggle-overlay' }
  | { type: 'toggle-uncertainty' }
  | { type: 'opacity'; delta: number }
  | { type: 'zoom'; factor: number }
  | { type: 'fit' }
  | { type: 'help' }
  | { type: 'close' };

export interface KeyInput {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** What the help overlay lists; the same table the handler reads. */
export const SHORTCUTS: readonly { keys: string; action: string }[] = [
  { keys: 'B', action: 'Brush' },
  { keys: 'E', action: 'Eraser' },
  { keys: 'F', action: 'Fill (click inside a closed outline)' },
  { keys: '[  ]', action: 'Brush size smaller / larger' },
  { keys: 'Z or Ctrl+Z', action: 'Undo' },
  { keys: 'Shift+Z, Ctrl+Y or Ctrl+Shift+Z', action: 'Redo' },
  { keys: '1 … 9', action: 'Pattern class (in taxonomy order)' },
  { keys: 'Q / W', action: 'Intensity weaker / stronger' },
  { keys: 'Enter', action: 'Submit and next patch' },
  { keys: 'S', action: 'Skip (asks for a reason)' },
  { keys: 'C', action: 'Clear the mask' },
  { keys: 'P', action: 'Show the model proposal instead of your mask (hold the view)' },
  { keys: 'U', action: 'Show / hide where the model is unsure (per-pixel uncertainty)' },
  { keys: 'O', action: 'Hide / show the mask overlay' },
  { keys: ',  .', action: 'Overlay opacity down / up' },
  { keys: '+  -', action: 'Zoom in / out (the level shows at the canvas corner)' },
  { keys: '0', action: 'Fit the patch to the view (or click the zoom level)' },
  { keys: 'Space + drag, middle drag', action: 'Pan' },
  { keys: 'Wheel', action: 'Zoom at the pointer' },
  { keys: '?', action: 'This help' },
  { keys: 'Esc', action: 'Close dialogs' },
];

/** Maps a key press to an editor action, or null when the key is not a shortcut. */
export function actionForKey(e: KeyInput): EditorAction | null {
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (mod) {
    if (key === 'z') return e.shiftKey ? { type: 'redo' } : { type: 'undo' };
    if (key === 'y') return { type: 'redo' };
    return null;
  }
  if (e.altKey) return null;
  if (/^[1-9]$/.test(key)) return { type: 'pattern', index: Number(key) - 1 };
  switch (key) {
    case 'b':
      return { type: 'tool', tool: 'brush' };
    case 'e':
      return { type: 'tool', tool: 'eraser' };
    case 'f':
      return { type: 'tool', tool: 'fill' };
    case '[':
      return { type: 'brush-size', delta: -2 };
    case ']':
      return { type: 'brush-size', delta: 2 };
    case 'z':
      return e.shiftKey ? { type: 'redo' } : { type: 'undo' };
    case 'q':
      return { type: 'intensity', delta: -1 };
    case 'w':
      return { type: 'intensity', delta: 1 };
    case 'Enter':
      return { type: 'submit' };
    case 's':
      return { type: 'skip' };
    case 'c':
      return { type: 'clear' };
    case 'p':
      return { type: 'toggle-proposal' };
    case 'o':
      return { type: 'toggle-overlay' };
    case 'u':
      return { type: 'toggle-uncertainty' };
    case ',':
      return { type: 'opacity', delta: -0.1 };
    case '.':
      return { type: 'opacity', delta: 0.1 };
    case '+':
    case '=':
      return { type: 'zoom', factor: 1.25 };
    case '-':
      return { type: 'zoom', factor: 0.8 };
    case '0':
      return { type: 'fit' };
    case '?':
      return { type: 'help' };
    case 'Escape':
      return { type: 'close' };
    default:
      return null;
  }
}

/** Key presses inside text fields belong to the field, not the editor. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as HTMLElement).tagName !== 'string') return false;
  const el = target as HTMLElement;
  const tag = el.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT' || el.isContentEditable) return true;
  if (tag !== 'INPUT') return false;
  const type = (el as HTMLInputElement).type;
  return type !== 'range' && type !== 'checkbox' && type !== 'radio' && type !== 'button';
}
