'use client';
import { TASK_COLOURS } from '../charts/chart-theme';
import { LineSeriesChart, type Series } from '../charts/line-series-chart';
import { EmptyState } from '../ui/states';
import type { EpochPoint } from './run-json';
import type { StepPoint } from './use-run-detail';

const lossSeries: Series[] = [
  { key: 'mask', label: 'Mask', colour: TASK_COLOURS.mask },
  { key: 'pattern', label: 'Pattern', colour: TASK_COLOURS.pattern },
  { key: 'intensity', label: 'Intensity', colour: TASK_COLOURS.intensity },
];
const weightSeries: Series[] = [
  { key: 'wMask', label: 'Mask', colour: TASK_COLOURS.mask },
  { key: 'wPattern', label: 'Pattern', colour: TASK_COLOURS.pattern },
  { key: 'wIntensity', label: 'Intensity', colour: TASK_COLOURS.intensity },
];

const epochRows = (epochs: readonly EpochPoint[]) =>
  epochs.map((e) => ({
    epoch: e.epoch,
    mask: e.losses.mask ?? null,
    pattern: e.losses.pattern ?? null,
    intensity: e.losses.intensity ?? null,
    wMask: e.weights.mask ?? null,
    wPattern: e.weights.pattern ?? null,
    wIntensity: e.weights.intensity ?? null,
  }));

/** Per-task loss and GradNorm weight curves: per epoch once there is one, per step while live. */
export function RunCurves({ epochs, steps }: { epochs: readonly EpochPoint[]; steps: readonly StepPoint[] }) {
  const useSteps = epochs.length < 2 && steps.length >= 2;
  if (epochs.length === 0 && steps.length < 2) {
    return (
      <EmptyState title="No curves yet">
        Loss and task-weight curves appear after the first training steps.
      </EmptyState>
    );
  }
  const rows = useSteps ? steps.map((s) => ({ ...s })) : epochRows(epochs);
  const xKey = useSteps ? 'step' : 'epoch';
  const xLabel = useSteps ? 'step (live)' : 'epoch';
  return (
    <div className="chart-pair">
      <section>
        <h3>Per-task loss (unweighted)</h3>
        <LineSeriesChart data={rows} xKey={xKey} xLabel={xLabel} series={lossSeries} testId="loss-chart" />
      </section>
      <section>
        <h3>Task weights (GradNorm)</h3>
        <LineSeriesChart
          data={rows}
          xKey={xKey}
          xLabel={xLabel}
          series={weightSeries}
          testId="weight-chart"
        />
      </section>
    </div>
  );
}
