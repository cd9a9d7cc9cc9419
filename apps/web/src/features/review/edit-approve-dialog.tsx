'use client';
import { useState } from 'react';
import type { ReviewTaxonomyQuery } from '@/gql/graphql';
import type { ReviewAnnotation } from './use-review-item';

type Taxonomy = ReviewTaxonomyQuery['dataset'];

/**
 * Corrects the labels and approves, keeping the selected submission's mask. Keys: 1-9 pattern,
 * Q/W intensity, Enter approves, Esc cancels.
 */
export function EditApproveDialog({
  taxonomy,
  from,
  busy,
  error,
  onSubmit,
  onClose,
}: {
  taxonomy: Taxonomy;
  from: ReviewAnnotation;
  busy: boolean;
  error: string | null;
  onSubmit(patternClassId: string, intensityLevelId: string): void;
  onClose(): void;
}) {
  const classes = [...taxonomy.patternClasses].sort((a, b) => a.position - b.position);
  const levels = [...taxonomy.intensityLevels].sort((a, b) => a.rank - b.rank);
  const [pattern, setPattern] = useState(from.patternClass?.id ?? classes[0]?.id ?? '');
  const [intensity, setIntensity] = useState(from.intensityLevel?.id ?? levels[0]?.id ?? '');
  const step = (delta: number) => {
    const i = levels.findIndex((l) => l.id === intensity);
    const next = levels[Math.min(levels.length - 1, Math.max(0, i + delta))];
    if (next) setIntensity(next.id);
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: keyboard-first dialog
    <div
      className="modal-backdrop"
      onKeyDown={(e) => {
        if (/^[1-9]$/.test(e.key)) setPattern(classes[Number(e.key) - 1]?.id ?? pattern);
        else if (e.key === 'q') step(-1);
        else if (e.key === 'w') step(1);
        else if (e.key === 'Enter') onSubmit(pattern, intensity);
        else if (e.key === 'Escape') onClose();
        else return;
        e.preventDefault();
        e.stopPropagation();
      }}
    >
      <div
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-label="Edit and approve"
        tabIndex={-1}
        ref={(el) => el?.focus()}
      >
        <h2>Edit and approve</h2>
        <p className="muted small">
          The mask of the selected submission is kept; your labels become the approved ones.
        </p>
        <div className="choice-list">
          {classes.map((c, i) => (
            <button
              key={c.id}
              type="button"
              className={c.id === pattern ? 'choice selected' : 'choice'}
              aria-pressed={c.id === pattern}
              onClick={() => setPattern(c.id)}
            >
              <kbd>{i + 1}</kbd>
              <span className="swatch" style={{ background: c.color }} />
              {c.label}
              <span />
            </button>
          ))}
        </div>
        <div className="segmented">
          {levels.map((l) => (
            <button
              key={l.id}
              type="button"
              className={l.id === intensity ? 'button active' : 'button'}
              aria-pressed={l.id === intensity}
              onClick={() => setIntensity(l.id)}
            >
              {l.name}
            </button>
          ))}
          <span className="muted small">
            <kbd>Q</kbd>/<kbd>W</kbd>
          </span>
        </div>
        {error && <p className="message message-error">{error}</p>}
        <div className="row">
          <button
            type="button"
            className="button button-primary"
            disabled={busy}
            onClick={() => onSubmit(pattern, intensity)}
          >
            {busy ? 'Approving…' : 'Approve with these labels'} <kbd>Enter</kbd>
          </button>
          <button type="button" className="button button-ghost" onClick={onClose}>
            Cancel <kbd>Esc</kbd>
          </button>
        </div>
      </div>
    </div>
  );
}
