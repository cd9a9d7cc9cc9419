'use client';
import { useQuery } from 'urql';
import { CategoryBarChart } from '../charts/category-bar-chart';
import { QueryStates } from '../ui/query-states';
import { EmptyState } from '../ui/states';
import { QueuedPatchesQuery } from './learning.graphql';

const SAMPLE = 500;

/** What the head of the labeling queue is made of: the strategy that placed each patch, and scores. */
export function QueueComposition({ datasetId }: { datasetId: string }) {
  const [result, refetch] = useQuery({ query: QueuedPatchesQuery, variables: { datasetId, first: SAMPLE } });
  return (
    <section className="panel stack-sm" aria-label="Queue composition" data-testid="queue-composition">
      <h3>Queue composition</h3>
      <QueryStates {...result} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {(data) => {
          const patches = data.patches.edges.map((e) => e.node);
          if (patches.length === 0)
            return <EmptyState title="The queue is empty">No patch is waiting for annotators.</EmptyState>;
          const byStrategy = new Map<string, number>();
          for (const p of patches) {
            const key = p.acquisitionStrategy ?? 'not scored';
            byStrategy.set(key, (byStrategy.get(key) ?? 0) + 1);
          }
          const scored = patches.filter((p) => typeof p.acquisitionScore === 'number');
          const buckets = Array.from({ length: 10 }, (_, i) => ({
            name: `${(i / 10).toFixed(1)}–${((i + 1) / 10).toFixed(1)}`,
            count: 0,
          }));
          for (const p of scored) {
            const i = Math.min(9, Math.max(0, Math.floor((p.acquisitionScore as number) * 10)));
            (buckets[i] as { count: number }).count += 1;
          }
          return (
            <>
              <p className="muted small">
                The first {patches.length} queued patches by priority
                {patches.length === SAMPLE ? ' (sample)' : ''}; {scored.length} carry an acquisition score.
              </p>
              <div className="chart-pair">
                <section>
                  <h3>By strategy</h3>
                  <CategoryBarChart
                    data={[...byStrategy.entries()].map(([name, count]) => ({ name, count }))}
                  />
                </section>
                <section>
                  <h3>Acquisition score</h3>
                  {scored.length === 0 ? (
                    <EmptyState title="No scores yet">
                      The scoring job has not run for the active model.
                    </EmptyState>
                  ) : (
                    <CategoryBarChart data={buckets} />
                  )}
                </section>
              </div>
              <p className="muted small">
                Per-reason composition (uncertainty, diversity, rare-class quota, random) is pending API work
                (queueComposition).
              </p>
            </>
          );
        }}
      </QueryStates>
    </section>
  );
}
