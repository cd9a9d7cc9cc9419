'use client';
import type { LabelingDatasetQuery } from '@/gql/graphql';

export type PatternClassItem = LabelingDatasetQuery['dataset']['patternClasses'][number];

interface Props {
  classes: readonly PatternClassItem[];
  selectedId: string | null;
  /** Model probability per class position, when there is a proposal. */
  probabilities: readonly number[] | null;
  onSelect(id: string): void;
}

/** Pattern classes in the taxonomy's order, e.g. "Centromere (AC-3)", with 1-9 as shortcuts. */
export function PatternPicker({ classes, selectedId, probabilities, onSelect }: Props) {
  return (
    <section className="panel" aria-label="Pattern">
      <h3>Pattern</h3>
      <div className="choice-list">
        {classes.map((c, index) => {
          const p = probabilities?.[c.position];
          return (
            <button
              key={c.id}
              type="button"
              aria-pressed={selectedId === c.id}
              className={selectedId === c.id ? 'choice selected' : 'choice'}
              onClick={() => onSelect(c.id)}
            >
              <kbd>{c.shortcut ?? (index < 9 ? index + 1 : '')}</kbd>
              <span className="swatch" style={{ background: c.color }} aria-hidden="true" />
              <span className="choice-label">{c.label}</span>
              {p !== undefined && (
                <span className="prob" title="Model probability">
                  <span className="prob-bar" style={{ width: `${Math.round(p * 100)}%` }} />
                  {Math.round(p * 100)}%
                </span>
              )}
            </button>
          );
        })}
      </div>
    </section>
  );
}
