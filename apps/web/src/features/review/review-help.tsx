'use client';
import { ShortcutsDialog } from '../ui/shortcuts-dialog';
import { REVIEW_SHORTCUTS } from './review-keymap';

export function ReviewHelp({ onClose }: { onClose(): void }) {
  return <ShortcutsDialog title="Review shortcuts" shortcuts={REVIEW_SHORTCUTS} onClose={onClose} />;
}
