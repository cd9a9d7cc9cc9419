'use client';
import { useMutation } from 'urql';
import { apiError } from '../graphql/graphql-error';
import { Fact } from '../ui/fact';
import { DASH, duration, fmt, pct, when } from '../ui/format';
import { QueryStates } from '../ui/query-states';
import { RunCurves } from './run-curves';
import { runFraction } from './run-json';
import { recordedSettings } from './run-settings';
import { RunStatusBadge } from './run-status-badge';
import { CancelTrainingRunMutation } from './training.graphql';
import { isActive, type Run } from './use-live-runs';
import { useRunDetail } from './use-run-detail';

/** One run live: status, phase, epoch, throughput, ETA, curves, settings, environment; cancel. */
export function RunDetail({ run, onChanged }: { run: Run; onChanged(run: Run): void }) {
  const detail = useRunDetail(run);
  const { progress } = detail;
  const [cancelState, cancel] = useMutation(CancelTrainingRunMutation);
  const fraction = runFraction(progress);
  const config = recordedSettings(run.config);

  const doCancel = async () => {
    const result = await cancel({ id: run.id });
    if (result.data) onChanged(result.data.cancelTrainingRun);
  };

  return (
    <section className="card stack-sm" data-testid="run-detail" data-status={run.status}>
      <div className="row">
        <h2 className="grow">
          Run <code>{run.id.slice(0, 8)}</code> <RunStatusBadge status={run.status} />
        </h2>
        {isActive(run) && (
          <button
            type="button"
            className="button button-danger"
            onClick={doCancel}
            disabled={cancelState.fetching || run.cancelRequested}
          >
            {run.cancelRequested ? 'Stopping…' : 'Cancel run'}
          </button>
        )}
      </div>
      {cancelState.error && <p className="message message-error">{apiError(cancelState.error).message}</p>}
      {run.error && (
        <p className="message message-error" role="alert">
          {run.error}
        </p>
      )}
      <div
        className="progress"
        role="progressbar"
        aria-label="Run progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round((fraction ?? 0) * 100)}
      >
        <span
          className="progress-fill"
          style={{ width: `${(fraction ?? (run.finishedAt ? 1 : 0)) * 100}%` }}
        />
      </div>
      <dl className="facts">
        <Fact
          label="Phase"
          value={run.status === 'RUNNING' ? (progress.phase ?? DASH) : run.status.toLowerCase()}
        />
        <Fact
          label="Epoch"
          value={typeof progress.epoch === 'number' ? `${progress.epoch} / ${progress.epochs ?? '?'}` : DASH}
          testId="run-epoch"
        />
        <Fact
          label="Step"
          value={
            typeof progress.step === 'number' ? `${progress.step} / ${progress.totalSteps ?? '?'}` : DASH
          }
          testId="run-step"
        />
        <Fact
          label="Throughput"
          value={progress.patchesPerSecond ? `${fmt(progress.patchesPerSecond, 1)} patches/s` : DASH}
        />
        <Fact label="ETA" value={run.status === 'RUNNING' ? duration(progress.etaSeconds) : DASH} />
        <Fact label="Elapsed" value={duration(progress.elapsedSeconds ?? wallSeconds(run))} />
        <Fact label="Done" value={pct(fraction, 0)} />
        <Fact label="Curated labels" value={run.labelCount ? String(run.labelCount) : DASH} />
        <Fact label="Queued" value={when(run.createdAt)} />
        <Fact label="Finished" value={when(run.finishedAt)} />
        <Fact
          label="Model"
          value={
            run.modelVersion ? `v${run.modelVersion.number} (${run.modelVersion.status.toLowerCase()})` : DASH
          }
        />
        <Fact
          label="Samples"
          value={
            progress.samples
              ? `${progress.samples.train ?? 0} train · ${progress.samples.validation ?? 0} val`
              : DASH
          }
        />
      </dl>
      {progress.note && <p className="muted small">{progress.note}</p>}
      <QueryStates {...detail.result} retry={detail.retry}>
        {() => <RunCurves epochs={detail.epochs} steps={detail.steps} />}
      </QueryStates>
      <details>
        <summary className="muted small">Settings and environment</summary>
        <div className="chart-pair">
          <pre className="code small">{JSON.stringify(config, null, 2)}</pre>
          <pre className="code small">{JSON.stringify(run.environment, null, 2)}</pre>
        </div>
      </details>
    </section>
  );
}

/** Start to finish, for runs whose progress holds no training time (runs from before it was kept). */
function wallSeconds(run: Run): number | null {
  if (!run.startedAt || !run.finishedAt) return null;
  return (Date.parse(run.finishedAt) - Date.parse(run.startedAt)) / 1000;
}
