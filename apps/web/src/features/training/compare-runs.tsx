'use client';
import { useEffect, useState } from 'react';
import { useClient } from 'urql';
import type { ModelVersionFieldsFragment } from '@/gql/graphql';
import { SERIES_COLOURS } from '../charts/chart-theme';
import { LineSeriesChart } from '../charts/line-series-chart';
import { DASH, fmt } from '../ui/format';
import { EmptyState, ErrorState, LoadingState } from '../ui/states';
import { type EpochPoint, parseEpochs, TASKS, type Task } from './run-json';
import { settingText } from './run-settings';
import { TrainingRunDetailQuery } from './training.graphql';
import type { Run } from './use-live-runs';
import { headline, parseVersionMetrics } from './version-json';

const CONFIG_KEYS = [
  'variant',
  'epochs',
  'inputSize',
  'patchView',
  'viewSize',
  'batchSize',
  'learningRate',
  'weighting',
  'maskLoss',
  'fromScratch',
  'weakLabels',
] as const satisfies readonly (keyof Run['config'])[];

/** Selected runs side by side: settings, final losses, resulting metrics, and one task's loss overlaid. */
export function CompareRuns({
  runs,
  versions,
}: {
  runs: readonly Run[];
  versions: readonly ModelVersionFieldsFragment[];
}) {
  const client = useClient();
  const [epochs, setEpochs] = useState<Record<string, EpochPoint[]>>({});
  const [error, setError] = useState<string | null>(null);
  const [task, setTask] = useState<Task>('mask');
  const ids = runs.map((r) => r.id).join(',');

  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed by the selected ids
  useEffect(() => {
    let cancelled = false;
    setError(null);
    Promise.all(
      runs.map(async (r) => {
        const result = await client
          .query(TrainingRunDetailQuery, { id: r.id }, { requestPolicy: 'network-only' })
          .toPromise();
        if (result.error) throw result.error;
        return [r.id, parseEpochs(result.data?.trainingRun.epochs ?? [])] as const;
      }),
    )
      .then((pairs) => !cancelled && setEpochs(Object.fromEntries(pairs)))
      .catch((e: unknown) => !cancelled && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      cancelled = true;
    };
  }, [ids, client]);

  if (runs.length < 2) {
    return (
      <EmptyState title="Pick two or more runs">Tick runs in the list (⇄ column) to compare them.</EmptyState>
    );
  }
  if (error) return <ErrorState message={error} />;
  if (runs.some((r) => !epochs[r.id])) return <LoadingState label="Loading the runs’ epochs…" />;

  const maxEpoch = Math.max(0, ...runs.map((r) => epochs[r.id]?.length ?? 0));
  const rows = Array.from({ length: maxEpoch }, (_, i) => {
    const row: Record<string, number | null> = { epoch: i + 1 };
    for (const r of runs) row[r.id] = epochs[r.id]?.[i]?.losses[task] ?? null;
    return row;
  });
  const series = runs.map((r, i) => ({
    key: r.id,
    label: r.id.slice(0, 8),
    colour: SERIES_COLOURS[i % SERIES_COLOURS.length] as string,
  }));
  const versionOf = (r: Run) => versions.find((v) => v.id === r.modelVersion?.id);

  return (
    <div className="stack-sm" data-testid="compare-runs">
      <table className="table">
        <thead>
          <tr>
            <th />
            {runs.map((r) => (
              <th key={r.id}>
                <code>{r.id.slice(0, 8)}</code> <span className="muted small">{r.status.toLowerCase()}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {CONFIG_KEYS.map((key) => (
            <tr key={key}>
              <td className="muted">{key}</td>
              {runs.map((r) => (
                <td key={r.id}>{settingText(r.config[key])}</td>
              ))}
            </tr>
          ))}
          {TASKS.map((t) => (
            <tr key={t}>
              <td className="muted">final {t} loss</td>
              {runs.map((r) => (
                <td key={r.id}>{fmt(epochs[r.id]?.at(-1)?.losses[t])}</td>
              ))}
            </tr>
          ))}
          {(['dice', 'patternMca', 'intensityAccuracy'] as const).map((k) => (
            <tr key={k}>
              <td className="muted">{k}</td>
              {runs.map((r) => {
                const v = versionOf(r);
                return <td key={r.id}>{v ? fmt(headline(parseVersionMetrics(v.metrics))[k]) : DASH}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="row">
        <h3 className="grow">Loss per epoch</h3>
        <div className="segmented">
          {TASKS.map((t) => (
            <button
              key={t}
              type="button"
              className={t === task ? 'button active' : 'button'}
              onClick={() => setTask(t)}
            >
              {t}
            </button>
          ))}
        </div>
      </div>
      <LineSeriesChart data={rows} xKey="epoch" xLabel="epoch" series={series} />
    </div>
  );
}
