'use client';
import { type FormEvent, useState } from 'react';

const REASONS = [
  'Out of focus',
  'No cells in the patch',
  'Artefact or debris',
  'Pattern unclear to me',
  'Other',
];

/** Asks why a patch is skipped; the reason goes to curators. */
export function SkipDialog({
  onSkip,
  onCancel,
  busy,
}: {
  onSkip(reason: string): void;
  onCancel(): void;
  busy: boolean;
}) {
  const [reason, setReason] = useState(REASONS[0] ?? 'Other');
  const [detail, setDetail] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const text =
      reason === 'Other' ? detail.trim() || 'Other' : detail.trim() ? `${reason}: ${detail.trim()}` : reason;
    onSkip(text);
  };
  return (
    <div className="modal-backdrop" role="presentation">
      <form className="modal" role="dialog" aria-modal="true" aria-label="Skip this patch" onSubmit={submit}>
        <h2>Skip this patch</h2>
        <fieldset className="reasons">
          {REASONS.map((r) => (
            <label key={r}>
              <input
                type="radio"
                name="reason"
                value={r}
                checked={reason === r}
                onChange={() => setReason(r)}
              />{' '}
              {r}
            </label>
          ))}
        </fieldset>
        <label className="field">
          Details (optional)
          <input
            value={detail}
            onChange={(e) => setDetail(e.target.value)}
            placeholder="What is wrong with it?"
          />
        </label>
        <div className="row">
          <button type="submit" className="button button-primary" disabled={busy}>
            Skip and next
          </button>
          <button type="button" className="button" onClick={onCancel}>
            Cancel (Esc)
          </button>
        </div>
      </form>
    </div>
  );
}
