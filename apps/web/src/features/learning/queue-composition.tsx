'use client';
import { useEffect } from 'react';
import { useQuery } from 'urql';
import type { QueueCompositionQuery as Data } from '@/gql/graphql';
import { CategoryBarChart } from '../charts/category-bar-chart';
import { fmt } from '../ui/format';
import { QueryStates } from '../ui/query-states';
import { EmptyState } from '../ui/states';
import { QueueCompositionQuery } from './learning.graphql';

const SIZE = 50;

type Composition = Data['queueComposition'];
type Count = Composition['byReason'][number];

const bars = (counts: readonly Count[]) => counts.map((c) => ({ name: c.key, count: c.count }));

/** How the next patches of the queue split by reason, strategy and predicted pattern. */
export function QueueComposition({ datasetId, refreshKey }: { datasetId: string; refreshKey: number }) {
  const [result, refetch] = useQuery({ query: QueueCompositionQuery, variables: { datasetId, size: SIZE } });
  // refreshKey changes after saving settings or scoring: fetch the new ranking
  useEffect(() => {
    if (refreshKey > 0) refetch({ requestPolicy: 'network-only' });
  }, [refreshKey, refetch]);
  return (
    <section className="panel stack-sm" aria-label="Queue composition" data-testid="queue-composition">
      <div className="row">
        <h3 className="grow">Queue composition</h3>
        <button type="button" className="button" onClick={() => refetch({ requestPolicy: 'network-only' })}>
          Refresh
        </button>
      </div>
      <QueryStates {...result} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {(data) => <CompositionView c={data.queueComposition} />}
      </QueryStates>
    </section>
  );
}

function CompositionView({ c }: { c: Composition }) {
  if (c.items.length === 0)
    return <EmptyState title="The queue is empty">No patch is waiting for annotators.</EmptyState>;
  return (
    <>
      <p className="muted small">
        The next {c.items.length} patches in serving order; {c.unscored} never ranked by a strategy
        {c.activeModelVersionId ? '' : ' (no active model version)'}.
      </p>
      <div className="chart-pair">
        <section>
          <h3>By reason</h3>
          <CategoryBarChart data={bars(c.byReason)} testId="composition-by-reason" />
        </section>
        <section>
          <h3>By strategy</h3>
          <CategoryBarChart data={bars(c.byStrategy)} testId="composition-by-strategy" />
        </section>
      </div>
      <section>
        <h3>By predicted pattern</h3>
        {c.byPredictedPattern.length === 0 ? (
          <p className="muted small">No predictions yet.</p>
        ) : (
          <CategoryBarChart data={bars(c.byPredictedPattern)} testId="composition-by-pattern" />
        )}
      </section>
      <details>
        <summary className="small">Patches in serving order</summary>
        <table className="table small" data-testid="composition-items">
          <thead>
            <tr>
              <th>#</th>
              <th>Reason</th>
              <th>Strategy</th>
              <th>Score</th>
              <th>Priority</th>
              <th>Predicted</th>
            </tr>
          </thead>
          <tbody>
            {c.items.map((item, i) => (
              <tr key={item.patchId}>
                <td>{i + 1}</td>
                <td>{item.reason ?? '—'}</td>
                <td>{item.strategy ?? '—'}</td>
                <td>{fmt(item.acquisitionScore)}</td>
                <td>{fmt(item.priority)}</td>
                <td>{item.predictedPattern ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}
