'use client';
import { useEffect, useRef, useState } from 'react';
import { useQuery } from 'urql';
import { DatasetSwitcher } from '../datasets/dataset-picker';
import { apiError } from '../graphql/graphql-error';
import { QueryStates } from '../ui/query-states';
import { EmptyState } from '../ui/states';
import { CompareRuns } from './compare-runs';
import { ModelVersions } from './model-versions';
import { ReadinessSummary } from './readiness-summary';
import { RunDetail } from './run-detail';
import { RunList } from './run-list';
import { ModelVersionsQuery, TrainingReadinessQuery } from './training.graphql';
import { TriggerRunForm } from './trigger-run-form';
import { type Run, useLiveRuns } from './use-live-runs';

/** The admin's training control room for one dataset: trigger, watch live, compare, promote. */
export function TrainingPage({ datasetId }: { datasetId: string }) {
  const live = useLiveRuns(datasetId);
  const [versionsResult, refetchVersions] = useQuery({ query: ModelVersionsQuery, variables: { datasetId } });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [compare, setCompare] = useState<Set<string>>(new Set());
  const selected = live.runs.find((r) => r.id === selectedId) ?? live.runs[0] ?? null;
  const dataset = versionsResult.data?.dataset;
  const [readiness] = useQuery({
    query: TrainingReadinessQuery,
    variables: { datasetId },
    requestPolicy: 'cache-and-network',
  });
  const ready = readiness.data?.dataset?.trainingReadiness ?? null;

  const started = (run: Run) => {
    live.remember(run);
    setSelectedId(run.id);
  };
  const toggle = (id: string) =>
    setCompare((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const refreshVersions = () => refetchVersions({ requestPolicy: 'network-only' });
  // A run that just finished registered a version: show it without a reload.
  const finishedKey = live.runs.map((r) => `${r.id}:${r.status}`).join(',');
  const lastKey = useRef(finishedKey);
  // biome-ignore lint/correctness/useExhaustiveDependencies: refetch only when a run's status moves
  useEffect(() => {
    if (lastKey.current === finishedKey) return;
    lastKey.current = finishedKey;
    refreshVersions();
  }, [finishedKey]);

  return (
    <div className="stack">
      <div className="row">
        <h1 className="page-title grow">
          Training {dataset && <span className="muted">· {dataset.name}</span>}
        </h1>
        <DatasetSwitcher base="/admin/training" current={datasetId} />
      </div>
      {live.liveError && (
        <p className="banner banner-warning small">
          Live updates are unavailable ({apiError(live.liveError).message}); reload to refresh.
        </p>
      )}
      <div className="split">
        <div className="stack-sm">
          <TriggerRunForm
            datasetId={datasetId}
            patchSize={readiness.data?.dataset.patchSize ?? null}
            warning={<ReadinessSummary datasetId={datasetId} readiness={ready} />}
            belowMinimum={(ready?.problems.length ?? 0) > 0}
            onStarted={started}
          />
          <section className="panel">
            <h3>Runs</h3>
            <QueryStates {...live.result} retry={live.refetch}>
              {() =>
                live.runs.length === 0 ? (
                  <EmptyState title="No runs yet">Start one with the form above.</EmptyState>
                ) : (
                  <RunList
                    runs={live.runs}
                    selectedId={selected?.id ?? null}
                    compare={compare}
                    onSelect={setSelectedId}
                    onToggleCompare={toggle}
                  />
                )
              }
            </QueryStates>
          </section>
        </div>
        <div className="stack-sm">
          {selected ? (
            <RunDetail key={selected.id} run={selected} onChanged={live.remember} />
          ) : (
            <EmptyState title="No run selected">Trigger a run to watch it live here.</EmptyState>
          )}
        </div>
      </div>
      <section className="card stack-sm">
        <h2>Compare runs</h2>
        <CompareRuns
          runs={live.runs.filter((r) => compare.has(r.id))}
          versions={versionsResult.data?.modelVersions ?? []}
        />
      </section>
      <section className="card stack-sm">
        <h2>Model versions</h2>
        <QueryStates {...versionsResult} retry={refreshVersions}>
          {(data) => (
            <ModelVersions
              datasetId={datasetId}
              versions={data.modelVersions}
              patternLabels={[...data.dataset.patternClasses]
                .sort((a, b) => a.position - b.position)
                .map((c) => c.label)}
              intensityLabels={[...data.dataset.intensityLevels]
                .sort((a, b) => a.rank - b.rank)
                .map((l) => l.name)}
              onChanged={() => {
                refreshVersions();
                live.refetch();
              }}
            />
          )}
        </QueryStates>
      </section>
    </div>
  );
}
