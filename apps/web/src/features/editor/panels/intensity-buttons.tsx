'use client';
import type { LabelingDatasetQuery } from '@/gql/graphql';

export type IntensityLevelItem = LabelingDatasetQuery['dataset']['intensityLevels'][number];

interface Props {
  levels: readonly IntensityLevelItem[];
  selectedId: string | null;
  probabilities: readonly number[] | null;
  onSelect(id: string): void;
}

/** Intensity levels weakest first; Q and W step weaker and stronger. */
export function IntensityButtons({ levels, selectedId, probabilities, onSelect }: Props) {
  return (
    <section className="panel" aria-label="Intensity">
      <h3>
        Intensity <span className="muted small">Q weaker · W stronger</span>
      </h3>
      <div className="segmented wide">
        {levels.map((level) => {
          const p = probabilities?.[level.rank];
          return (
            <button
              key={level.id}
              type="button"
              aria-pressed={selectedId === level.id}
              className={selectedId === level.id ? 'button active' : 'button'}
              onClick={() => onSelect(level.id)}
            >
              {level.name}
              {p !== undefined && <span className="muted small"> {Math.round(p * 100)}%</span>}
            </button>
          );
        })}
      </div>
    </section>
  );
}
