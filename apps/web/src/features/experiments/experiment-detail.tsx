'use client';
import { useEffect } from 'react';
import { useMutation, useQuery } from 'urql';
import { apiError } from '../graphql/graphql-error';
import { when } from '../ui/format';
import { QueryStates } from '../ui/query-states';
import { EmptyState } from '../ui/states';
import { experimentProgress } from './experiment-progress';
import { parseReport } from './experiment-report';
import { ExperimentReportFiles } from './experiment-report-files';
import { ExperimentStatusBadge } from './experiment-status-badge';
import { ExperimentSummary } from './experiment-summary';
import { ExperimentQuery, RequeueFailedExperimentRunsMutation } from './experiments.graphql';

const POLL_MS = 10_000;

/** One experiment: progress, requeue of failed cells, the report's summary table and its files. */
export function ExperimentDetail({ experimentId, onChanged }: { experimentId: string; onChanged(): void }) {
  const [result, refetch] = useQuery({ query: ExperimentQuery, variables: { id: experimentId } });
  const [requeueState, requeue] = useMutation(RequeueFailedExperimentRunsMutation);
  const status = result.data?.experiment.status;
  // runs move on in the trainers: poll while the experiment is working
  useEffect(() => {
    if (status !== 'RUNNING' && status !== 'QUEUED') return;
    const timer = setInterval(() => refetch({ requestPolicy: 'network-only' }), POLL_MS);
    return () => clearInterval(timer);
  }, [status, refetch]);
  return (
    <section className="card stack-sm" data-testid="experiment-detail">
      <QueryStates {...result} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {({ experiment: e }) => {
          const p = experimentProgress(e.runs);
          const report = parseReport(e.report);
          return (
            <>
              <div className="row">
                <h2 className="grow">
                  {e.name} <ExperimentStatusBadge status={e.status} />
                </h2>
                <button
                  type="button"
                  className="button"
                  onClick={() => refetch({ requestPolicy: 'network-only' })}
                >
                  Refresh
                </button>
                <button
                  type="button"
                  className="button button-primary"
                  disabled={p.failed === 0 || requeueState.fetching}
                  title={p.failed === 0 ? 'No failed or cancelled cell × fold' : undefined}
                  onClick={async () => {
                    const res = await requeue({ id: e.id });
                    if (res.data) onChanged();
                  }}
                >
                  {requeueState.fetching ? 'Re-queueing…' : `Re-queue failed (${p.failed})`}
                </button>
              </div>
              <p className="muted small">
                {e.folds} folds · seed {e.seed} · {p.done}/{p.total} cell × fold done, {p.failed} failed,{' '}
                {p.running} running, {p.queued} queued ({p.attempts} attempts) · updated {when(e.updatedAt)}
              </p>
              {requeueState.error && (
                <p className="message message-error" role="alert">
                  {apiError(requeueState.error).message}
                </p>
              )}
              {requeueState.data && !requeueState.error && (
                <p className="message status-approved" role="status">
                  Failed runs re-queued.
                </p>
              )}
              {report ? (
                <>
                  <ExperimentSummary report={report} />
                  <ExperimentReportFiles experimentId={e.id} />
                </>
              ) : (
                <EmptyState title="No report yet">
                  The report is written once the experiment is done or failed.
                </EmptyState>
              )}
            </>
          );
        }}
      </QueryStates>
    </section>
  );
}
