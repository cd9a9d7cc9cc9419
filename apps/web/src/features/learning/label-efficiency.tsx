'use client';
import type { LearningOverviewQuery } from '@/gql/graphql';
import { LineSeriesChart } from '../charts/line-series-chart';
import { headline, parseVersionMetrics } from '../training/version-json';
import { EmptyState } from '../ui/states';

type Version = LearningOverviewQuery['modelVersions'][number];

/**
 * Model quality against the number of curated labels, one point per model version (from each
 * version's own validation metrics). The random-sampling baseline needs the API's
 * labelEfficiencyCurve, which is pending.
 */
export function LabelEfficiency({ versions }: { versions: readonly Version[] }) {
  const points = [...versions]
    .map((v) => ({ labels: v.labelCount, version: v.number, ...headline(parseVersionMetrics(v.metrics)) }))
    .filter((p) => p.dice !== null || p.patternMca !== null || p.intensityAccuracy !== null)
    .sort((a, b) => a.labels - b.labels || a.version - b.version);
  return (
    <section className="card stack-sm" aria-label="Label efficiency" data-testid="label-efficiency">
      <h2>Label-efficiency curve</h2>
      {points.length === 0 ? (
        <EmptyState title="No evaluated model versions yet">
          Each evaluated version adds a point: its metrics at the number of curated labels it was trained on.
        </EmptyState>
      ) : (
        <LineSeriesChart
          data={points.map((p) => ({
            labels: p.labels,
            dice: p.dice,
            patternMca: p.patternMca,
            intensityAccuracy: p.intensityAccuracy,
          }))}
          xKey="labels"
          xLabel="curated labels"
          yDomain={[0, 1]}
          series={[
            { key: 'dice', label: 'Mask Dice', colour: '#ff40c8' },
            { key: 'patternMca', label: 'Pattern MCA', colour: '#4fc3f7' },
            { key: 'intensityAccuracy', label: 'Intensity accuracy', colour: '#ffb74d' },
          ]}
          height={260}
        />
      )}
      <p className="muted small">
        Random-sampling baseline: pending API work (labelEfficiencyCurve). Until then the chart shows only
        this dataset’s model versions, which were trained on actively acquired labels.
      </p>
    </section>
  );
}
