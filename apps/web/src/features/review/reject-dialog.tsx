'use client';
import { type FormEvent, useState } from 'react';

const QUICK = ['Mask misses cells', 'Mask includes background', 'Wrong pattern', 'Wrong intensity'];

/** Asks for the comment the annotator will see with the returned work (Ctrl+Enter sends). */
export function RejectDialog({
  who,
  busy,
  error,
  onSubmit,
  onClose,
}: {
  who: string;
  busy: boolean;
  error: string | null;
  onSubmit(comment: string): void;
  onClose(): void;
}) {
  const [comment, setComment] = useState('');
  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    if (comment.trim()) onSubmit(comment.trim());
  };
  return (
    <div className="modal-backdrop">
      <form
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-label="Reject with comment"
        onSubmit={submit}
      >
        <h2>Return to {who}</h2>
        <p className="muted small">
          They see this comment when the patch comes back to them first in their queue.
        </p>
        <div className="chips">
          {QUICK.map((q) => (
            <button
              key={q}
              type="button"
              className="chip chip-button"
              onClick={() => setComment((c) => (c ? `${c}; ${q}` : q))}
            >
              {q}
            </button>
          ))}
        </div>
        <textarea
          name="comment"
          // biome-ignore lint/a11y/noAutofocus: the dialog exists to type this comment
          autoFocus
          rows={4}
          value={comment}
          placeholder="What should be fixed?"
          onChange={(e) => setComment(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit();
            if (e.key === 'Escape') onClose();
          }}
        />
        {error && <p className="message message-error">{error}</p>}
        <div className="row">
          <button
            type="submit"
            className="button button-danger"
            disabled={busy || !comment.trim()}
            data-testid="confirm-reject"
          >
            {busy ? 'Returning…' : 'Reject and return'} <kbd>Ctrl+Enter</kbd>
          </button>
          <button type="button" className="button button-ghost" onClick={onClose}>
            Cancel <kbd>Esc</kbd>
          </button>
        </div>
      </form>
    </div>
  );
}
