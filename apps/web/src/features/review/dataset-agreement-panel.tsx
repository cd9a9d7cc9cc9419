'use client';
import { useQuery } from 'urql';
import type { AgreementEstimateFieldsFragment, AnnotatorScoreSetFieldsFragment } from '@/gql/graphql';
import { fmt, pct } from '../ui/format';
import { QueryStates } from '../ui/query-states';
import { EmptyState } from '../ui/states';
import { DatasetAgreementQuery } from './dataset-agreement.graphql';
import { GoldPatches } from './gold-patches';

/** "0.63 [0.07, 1.00]": the value and its 95 % interval, or a dash where the statistic is undefined. */
function withInterval(e: AgreementEstimateFieldsFragment, format: (v: number | null) => string) {
  if (e.value === null) return '–';
  return e.low === null || e.high === null
    ? format(e.value)
    : `${format(e.value)} [${format(e.low)}, ${format(e.high)}]`;
}

const two = (v: number | null) => fmt(v, 2);

function StatisticRow({ label, estimate }: { label: string; estimate: AgreementEstimateFieldsFragment }) {
  return (
    <tr data-testid="agreement-statistic">
      <td>{label}</td>
      <td>{estimate.statistic}</td>
      <td className="mono">{withInterval(estimate, two)}</td>
      <td>{estimate.items}</td>
    </tr>
  );
}

function ScoreCells({ set }: { set: AnnotatorScoreSetFieldsFragment }) {
  return (
    <>
      <td>{set.items}</td>
      <td className="mono">{withInterval(set.patternAccuracy, (v) => pct(v, 0))}</td>
      <td className="mono">{withInterval(set.patternKappa, two)}</td>
      <td className="mono">{withInterval(set.intensityKappa, two)}</td>
      <td className="mono">{withInterval(set.maskDice, two)}</td>
    </>
  );
}

/**
 * The dataset's agreement over sets (never a statistic on one patch): Fleiss' kappa and
 * Krippendorff's alpha with 95 % bootstrap intervals over the double-labelled patches, and each
 * annotator against gold patches and against the curated consensus.
 */
export function DatasetAgreementPanel({ datasetId }: { datasetId: string }) {
  const [result, refetch] = useQuery({
    query: DatasetAgreementQuery,
    variables: { datasetId },
    requestPolicy: 'cache-and-network',
  });
  return (
    <section className="panel stack-sm" aria-label="Dataset agreement" data-testid="dataset-agreement">
      <div className="row">
        <h3 className="grow">Dataset agreement</h3>
        <button type="button" className="button" onClick={() => refetch({ requestPolicy: 'network-only' })}>
          Refresh
        </button>
      </div>
      <QueryStates {...result} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {({ datasetAgreement: a, annotatorScores }) => (
          <>
            <p className="muted small">
              Over {a.patches} patches labelled by two or more annotators ({pct(a.doubleLabelShare, 0)} of
              patches are labelled twice, along the queue’s order) · {a.goldPatches} gold patches,{' '}
              {a.goldAttempts} scored attempts. Value [95 % interval], {a.patternKappa.interval}.
            </p>
            <table className="table" data-testid="agreement-statistics">
              <thead>
                <tr>
                  <th>Label</th>
                  <th>Statistic</th>
                  <th>Value [95 % CI]</th>
                  <th>Patches</th>
                </tr>
              </thead>
              <tbody>
                <StatisticRow label="Pattern" estimate={a.patternKappa} />
                <StatisticRow label="Pattern" estimate={a.patternAlpha} />
                <StatisticRow label="Intensity" estimate={a.intensityAlpha} />
                <StatisticRow label="Mask" estimate={a.maskDice} />
              </tbody>
            </table>
            {annotatorScores.length === 0 ? (
              <EmptyState title="No annotator scores yet">
                Annotators are scored once they answer gold patches or label patches a curator approved after
                two or more people labelled them.
              </EmptyState>
            ) : (
              <table className="table" data-testid="annotator-scores">
                <thead>
                  <tr>
                    <th>Annotator</th>
                    <th>vs</th>
                    <th>Items</th>
                    <th>Pattern right</th>
                    <th>Pattern κ</th>
                    <th>Intensity κ</th>
                    <th>Mask Dice</th>
                  </tr>
                </thead>
                <tbody>
                  {annotatorScores.flatMap((s) => [
                    <tr key={`${s.userId}-gold`} data-testid="annotator-vs-gold">
                      <td>{s.userName}</td>
                      <td>gold</td>
                      <ScoreCells set={s.vsGold} />
                    </tr>,
                    <tr key={`${s.userId}-consensus`} data-testid="annotator-vs-consensus">
                      <td>{s.userName}</td>
                      <td>consensus</td>
                      <ScoreCells set={s.vsConsensus} />
                    </tr>,
                  ])}
                </tbody>
              </table>
            )}
          </>
        )}
      </QueryStates>
      <GoldPatches datasetId={datasetId} onChanged={() => refetch({ requestPolicy: 'network-only' })} />
    </section>
  );
}
