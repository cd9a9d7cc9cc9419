'use client';
import { useState } from 'react';
import { useQuery } from 'urql';
import { LineSeriesChart } from '../charts/line-series-chart';
import { QueryStates } from '../ui/query-states';
import { ActiveLearningSimulationsQuery } from './learning.graphql';
import { armChart, armComparisons } from './simulation-arms-data';

const TEST_SETS = ['balanced', 'natural'] as const;

/**
 * The latest stored simulate:al result: every ablation arm's mean curve against label cost on one
 * test set, and each arm against random (paired AUC difference and the cost share it needs to reach
 * random's full-budget value, with 95 % bootstrap intervals over seeds).
 */
export function SimulationArms({ datasetId, metric }: { datasetId: string; metric: string }) {
  const [result, refetch] = useQuery({ query: ActiveLearningSimulationsQuery, variables: { datasetId } });
  const [testSet, setTestSet] = useState<(typeof TEST_SETS)[number]>('balanced');
  return (
    <div className="stack-sm" data-testid="simulation-arms">
      <QueryStates {...result} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {(data) => {
          const sim = data.activeLearningSimulations[0];
          if (!sim)
            return (
              <p className="muted small">
                No stored simulation: <code>npm run simulate:al -- --store &lt;slug&gt;</code> (with{' '}
                <code>--dataset &lt;slug&gt;</code> to use this dataset&apos;s curated labels) adds the
                ablation arms here.
              </p>
            );
          const { rows, series } = armChart(sim.curves, testSet, metric);
          const table = armComparisons(sim.comparisons, testSet, metric);
          const cost = sim.labelCost;
          return (
            <>
              <div className="row">
                <h3 className="grow">Simulated arms against label cost</h3>
                <label className="field small">
                  Test set
                  <select
                    value={testSet}
                    onChange={(e) => setTestSet(e.target.value as (typeof TEST_SETS)[number])}
                  >
                    {TEST_SETS.map((t) => (
                      <option key={t}>{t}</option>
                    ))}
                  </select>
                </label>
              </div>
              <p className="muted small">
                Oracle <code>{sim.oracle}</code> · {sim.seeds} seeds · labels {sim.labelTasks.join(' + ')} at
                pattern {cost.pattern}, intensity {cost.intensity}, mask {cost.mask} units ·{' '}
                {new Date(sim.createdAt as string).toLocaleString()}
              </p>
              {series.length === 0 ? (
                <p className="muted small">
                  This simulation has no {metric} values on the {testSet} test set.
                </p>
              ) : (
                <div data-arms={series.map((s) => s.label).join(',')}>
                  <LineSeriesChart
                    data={rows}
                    xKey="cost"
                    xLabel="label cost (units)"
                    series={series}
                    height={280}
                    testId="simulation-arms-chart"
                  />
                </div>
              )}
              <table className="table small" data-testid="simulation-arms-table">
                <thead>
                  <tr>
                    <th>arm</th>
                    <th>AUC over cost</th>
                    <th>AUC − random [95 % CI]</th>
                    <th>cost to reach random&apos;s final / budget [95 % CI]</th>
                    <th>reached</th>
                  </tr>
                </thead>
                <tbody>
                  {table.map((r) => (
                    <tr key={r.arm} data-arm={r.arm}>
                      <td>{r.arm}</td>
                      <td>{r.auc}</td>
                      <td>{r.aucDifference}</td>
                      <td>{r.costShare}</td>
                      <td>{r.reached}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          );
        }}
      </QueryStates>
    </div>
  );
}
