'use client';
import { useQuery } from 'urql';
import type { ModelCalibrationQuery as Data } from '@/gql/graphql';
import { type ReliabilityBin, ReliabilityDiagram } from '../charts/reliability-diagram';
import { fmt, when } from '../ui/format';
import { QueryStates } from '../ui/query-states';
import { EmptyState } from '../ui/states';
import { ModelCalibrationQuery } from './training.graphql';

type Head = Data['calibration']['heads'][number];
type Bin = Head['before'][number];

/** Bins with a confidence, an accuracy and at least one prediction (empty bins draw nothing). */
export function plottableBins(bins: readonly Bin[]): ReliabilityBin[] {
  return bins.flatMap((b) =>
    typeof b.confidence === 'number' && typeof b.accuracy === 'number' && b.count > 0
      ? [{ confidence: b.confidence, accuracy: b.accuracy, count: b.count }]
      : [],
  );
}

/** Reliability diagram per head of one model version, before and after temperature scaling. */
export function ModelCalibration({ modelVersionId }: { modelVersionId: string }) {
  const [result, refetch] = useQuery({ query: ModelCalibrationQuery, variables: { modelVersionId } });
  return (
    <section className="stack-sm" aria-label="Calibration" data-testid="model-calibration">
      <h3>Calibration</h3>
      <QueryStates {...result} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {({ calibration: c }) =>
          c.heads.length === 0 ? (
            <EmptyState title="Not calibrated yet">
              Temperatures are fitted on the validation specimens once the version is evaluated.
            </EmptyState>
          ) : (
            <>
              <p className="muted small">
                Fitted {when(c.fittedAt)} {fittedOn(c)}. Dashed diagonal = perfect calibration.
              </p>
              <div className="chart-pair">
                {c.heads.map((h) => (
                  <HeadReliability key={h.head} head={h} />
                ))}
              </div>
            </>
          )
        }
      </QueryStates>
    </section>
  );
}

type Calibration = Data['calibration'];

/** Which patches T was fitted on and which the figures are measured on (never the same ones now). */
function fittedOn(c: Calibration): string {
  const prediction =
    c.mcSamples && c.mcSamples > 1
      ? ` to the average of ${c.mcSamples} MC-dropout passes (${c.dropoutMode})`
      : '';
  if (!c.split)
    return `on ${c.validationPatches ?? '—'} validation patches${prediction}; ECE and NLL are measured on the same patches (an older fit: optimistic)`;
  const { split } = c;
  if (split.groupedBy === 'none')
    return `on ${split.fitPatches} validation patch(es)${prediction}; too few to hold any out, so no figure is measured`;
  const side = (patches: number, specimens: number) =>
    split.groupedBy === 'specimen' ? `${patches} patches of ${specimens} specimens` : `${patches} patches`;
  return `on ${side(split.fitPatches, split.fitSpecimens)}${prediction}; ECE, NLL and the diagrams are measured on the other ${side(split.heldOutPatches, split.heldOutSpecimens)}${split.groupedBy === 'patch' ? ' (one specimen: split by patch)' : ''}`;
}

function HeadReliability({ head: h }: { head: Head }) {
  const before = plottableBins(h.before);
  const after = plottableBins(h.after);
  return (
    <section data-head={h.head}>
      <h3>Reliability: {h.head} head</h3>
      {before.length === 0 && after.length === 0 ? (
        <p className="muted small">No reliability bins stored for this head (ECE only).</p>
      ) : (
        <ReliabilityDiagram bins={before} after={after} testId={`reliability-${h.head}`} />
      )}
      <p className="muted small">
        ECE {fmt(h.eceBefore)} → {fmt(h.eceAfter)} · NLL {fmt(h.nllBefore)} → {fmt(h.nllAfter)} · T ={' '}
        {fmt(h.temperature, 2)} · fitted on {h.samples ?? '—'}, measured on {h.heldOutSamples ?? 'the same'}{' '}
        predictions
      </p>
    </section>
  );
}
