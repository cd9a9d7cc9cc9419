'use client';
import Link from 'next/link';
import { useQuery } from 'urql';
import { QueryStates } from '../ui/query-states';
import { EmptyState, ErrorState, LoadingState } from '../ui/states';
import { LabelingDatasetQuery } from '../workflow/workflow.graphql';
import { LabelingEditor } from './labeling-editor';
import { useWorkQueue } from './session/use-work-queue';

/** One labeling session on a dataset: claim, edit, submit, next. */
export function LabelingWorkspace({ datasetId }: { datasetId: string }) {
  const [dataset, refetch] = useQuery({ query: LabelingDatasetQuery, variables: { id: datasetId } });
  const { state, next } = useWorkQueue(datasetId);
  return (
    <QueryStates {...dataset} retry={() => refetch({ requestPolicy: 'network-only' })}>
      {(data) => {
        const classes = [...data.dataset.patternClasses].sort((a, b) => a.position - b.position);
        const levels = [...data.dataset.intensityLevels].sort((a, b) => a.rank - b.rank);
        if (state.kind === 'empty') {
          return (
            <EmptyState title="Nothing left to label in this dataset">
              Thank you! New patches appear here when the model proposes them.{' '}
              <Link href="/annotate">Back to my queue</Link>
            </EmptyState>
          );
        }
        if (state.kind === 'error') return <ErrorState message={state.message} onRetry={() => void next()} />;
        const loaded = state.kind === 'ready' ? state.loaded : state.previous;
        if (!loaded) return <LoadingState label="Claiming the next patch…" />;
        return (
          <div className={state.kind === 'claiming' ? 'switching' : undefined}>
            <h1 className="page-title">
              {data.dataset.name}{' '}
              <span className="muted small">
                patch {loaded.item.patch.id.slice(0, 8)} ·{' '}
                {state.kind === 'claiming' ? 'loading next…' : 'editing'}
              </span>
            </h1>
            <LabelingEditor
              key={loaded.item.lease.id + loaded.item.patch.id}
              loaded={loaded}
              patternClasses={classes}
              intensityLevels={levels}
              onNext={() => void next()}
            />
          </div>
        );
      }}
    </QueryStates>
  );
}
