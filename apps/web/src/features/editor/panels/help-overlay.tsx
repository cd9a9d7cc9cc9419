'use client';
import { ShortcutsDialog } from '../../ui/shortcuts-dialog';
import { SHORTCUTS } from '../keyboard/keymap';

/** Every shortcut, from the same table the key handler reads (? opens it, Esc closes it). */
export function HelpOverlay({ onClose }: { onClose(): void }) {
  return <ShortcutsDialog title="Keyboard shortcuts" shortcuts={SHORTCUTS} onClose={onClose} />;
}
