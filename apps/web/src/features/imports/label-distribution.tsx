'use client';
import type { DatasetAdminQuery } from '@/gql/graphql';
import { CategoryBarChart, type CategoryCount, type CountParts } from '../charts/category-bar-chart';
import { statusBars } from '../datasets/patch-status';
import { EmptyState } from '../ui/states';
import { curatedLabelPanel } from './curated-label-panel';
import { specimenPatternPanel } from './specimen-pattern-panel';

type Dataset = DatasetAdminQuery['dataset'];

/**
 * Patches by status, approved labels per class (labelled here apart from imported ground truth),
 * and specimens per imported (weak or curated) label.
 */
export function LabelDistribution({ dataset }: { dataset: Dataset }) {
  const colour = (key: string) => dataset.patternClasses.find((c) => c.key === key)?.color;
  const { stats } = dataset;
  const specimens = specimenPatternPanel(stats.specimenPatterns, stats.curatedSpecimenPatterns);
  const patterns = curatedLabelPanel('pattern', stats.approvedPatterns, stats.importedPatterns);
  const intensities = curatedLabelPanel('intensity', stats.approvedIntensities, stats.importedIntensities);
  const importedOf = (rows: readonly { key: string; count: number }[], key: string) =>
    rows.find((r) => r.key === key)?.count ?? 0;
  const panels: {
    title: string;
    note?: string | null;
    data: CategoryCount[];
    empty: string;
    parts?: CountParts;
  }[] = [
    {
      title: 'Patches by status',
      data: statusBars(stats.byStatus),
      empty: 'No patches yet.',
    },
    {
      ...patterns,
      data: stats.approvedPatterns.map((p) => ({
        name: p.name,
        count: p.count,
        colour: colour(p.key),
        part: importedOf(stats.importedPatterns, p.key),
      })),
      empty: 'No approved annotations yet.',
    },
    {
      ...intensities,
      data: stats.approvedIntensities.map((p) => ({
        name: p.name,
        count: p.count,
        part: importedOf(stats.importedIntensities, p.key),
      })),
      empty: 'No approved annotations yet.',
    },
    {
      title: specimens.title,
      note: specimens.note,
      data: stats.specimenPatterns.map((p) => ({ name: p.name, count: p.count, colour: colour(p.key) })),
      empty: 'No specimens yet.',
    },
  ];
  return (
    <section className="card stack-sm" aria-label="Label distribution">
      <h2>
        Label distribution{' '}
        <span className="muted small">
          {stats.specimens} specimens · {stats.patches} patches
        </span>
      </h2>
      <div className="chart-grid">
        {panels.map((p) => (
          <section key={p.title}>
            <h3>{p.title}</h3>
            {p.note && (
              <p className="muted small" data-testid="chart-note">
                {p.note}
              </p>
            )}
            {p.data.every((d) => d.count === 0) ? (
              <EmptyState title={p.empty} />
            ) : (
              <CategoryBarChart data={p.data} parts={p.parts} />
            )}
          </section>
        ))}
      </div>
    </section>
  );
}
