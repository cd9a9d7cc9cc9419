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

const validationSeries: Series[] = [
  { key: 'dice', label: 'Dice', colour: TASK_COLOURS.mask },
  { key: 'patternAccuracy', label: 'Pattern acc.', colour: TASK_COLOURS.pattern },
  { key: 'intensityAccuracy', label: 'Intensity acc.', colour: TASK_COLOURS.intensity },
];
const fitSeries: Series[] = [
  { key: 'trainLoss', label: 'Training', colour: TASK_COLOURS.pattern },
  { key: 'validationLoss', label: 'Validation', colour: TASK_COLOURS.mask, dashed: true },
];

const sumLosses = (l: EpochPoint['losses']): number | null =>
  l.mask == null && l.pattern == null && l.intensity == null
    ? null
    : (l.mask ?? 0) + (l.pattern ?? 0) + (l.intensity ?? 0);

const validationRows = (epochs: readonly EpochPoint[]) =>
  epochs
    .filter((e) => e.validation)
    .map((e) => ({
      epoch: e.epoch,
      dice: e.validation?.dice ?? null,
      patternAccuracy: e.validation?.patternAccuracy ?? null,
      intensityAccuracy: e.validation?.intensityAccuracy ?? null,
      trainLoss: sumLosses(e.losses),
      validationLoss: e.validation?.loss ?? null,
      patches: e.validation?.patches ?? null,
    }));

const heldOut = (n: unknown) =>
  typeof n === 'number' ? `${n} held-out patch${n === 1 ? '' : 'es'}` : 'held-out patches';

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
  const validated = validationRows(epochs);
  return (
    <>
      <TrainingCurves rows={rows} xKey={xKey} xLabel={xLabel} />
      {validated.length > 0 && <ValidationCurves rows={validated} />}
    </>
  );
}

type Rows = Record<string, number | string | null>[];

function TrainingCurves({ rows, xKey, xLabel }: { rows: Rows; xKey: string; xLabel: string }) {
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

/**
 * Held-out figures per epoch: the same validation specimens every run uses, so a widening gap
 * between training and validation loss is overfitting, not noise from a new split.
 */
function ValidationCurves({ rows }: { rows: Rows }) {
  return (
    <div className="chart-pair">
      <section>
        <h3>Validation ({heldOut(rows.at(-1)?.patches)})</h3>
        <LineSeriesChart
          data={rows}
          xKey="epoch"
          xLabel="epoch"
          series={validationSeries}
          yDomain={[0, 1]}
          testId="validation-chart"
        />
      </section>
      <section>
        <h3>Loss: training vs validation</h3>
        <LineSeriesChart data={rows} xKey="epoch" xLabel="epoch" series={fitSeries} testId="fit-chart" />
      </section>
    </div>
  );
}
