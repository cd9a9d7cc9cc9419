'use client';
import { ShortcutsDialog } from '../ui/shortcuts-dialog';
import { EDIT_APPROVE_SHORTCUTS, REVIEW_SHORTCUTS } from './review-keymap';

/** The review page's keys, and those of edit-and-approve (the annotator editor's canvas keys). */
export function ReviewHelp({ onClose }: { onClose(): void }) {
  return (
    <ShortcutsDialog
      title="Review shortcuts"
      shortcuts={REVIEW_SHORTCUTS}
      more={[{ title: 'In Edit & approve (E)', shortcuts: EDIT_APPROVE_SHORTCUTS }]}
      onClose={onClose}
    />
  );
}

/** Edit-and-approve's own help (? inside the dialog). */
export function EditApproveHelp({ onClose }: { onClose(): void }) {
  return (
    <ShortcutsDialog title="Edit & approve shortcuts" shortcuts={EDIT_APPROVE_SHORTCUTS} onClose={onClose} />
  );
}
