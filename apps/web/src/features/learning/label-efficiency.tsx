'use client';
import { useState } from 'react';
import { useQuery } from 'urql';
import { LineSeriesChart } from '../charts/line-series-chart';
import { QueryStates } from '../ui/query-states';
import { EmptyState } from '../ui/states';
import { CURVE_METRICS, type CurveMetric, curveChart } from './label-efficiency-data';
import { LabelEfficiencyCurveQuery } from './learning.graphql';
import { SimulationArms } from './simulation-arms';

/**
 * Model quality against curated labels, one line per series: the active strategy ("active:<strategy>"),
 * the random-sampling baseline and any offline simulations (dashed); below it, the latest stored
 * simulate:al result's arms against label cost.
 */
export function LabelEfficiency({ datasetId }: { datasetId: string }) {
  const [result, refetch] = useQuery({ query: LabelEfficiencyCurveQuery, variables: { datasetId } });
  const [metric, setMetric] = useState<CurveMetric>('patternMca');
  return (
    <section className="card stack-sm" aria-label="Label efficiency" data-testid="label-efficiency">
      <div className="row">
        <h2 className="grow">Label-efficiency curve</h2>
        <label className="field small">
          Metric
          <select value={metric} onChange={(e) => setMetric(e.target.value as CurveMetric)}>
            {CURVE_METRICS.map((m) => (
              <option key={m.key} value={m.key}>
                {m.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <QueryStates {...result} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {(data) => {
          const { rows, series } = curveChart(data.labelEfficiencyCurve, metric);
          if (series.length === 0)
            return (
              <EmptyState title="No curve points yet">
                Each evaluated model version adds a point to its series (active strategy or random baseline);
                the arms of a stored simulate:al run are drawn below.
              </EmptyState>
            );
          return (
            <>
              <LineSeriesChart
                data={rows}
                xKey="labels"
                xLabel="curated labels"
                yDomain={[0, 1]}
                series={series}
                height={280}
                testId="label-efficiency-chart"
              />
              {!data.labelEfficiencyCurve.some((s) => s.series === 'random') && (
                <p className="muted small">No random-sampling baseline recorded for this dataset yet.</p>
              )}
            </>
          );
        }}
      </QueryStates>
      <SimulationArms datasetId={datasetId} metric={metric} />
    </section>
  );
}
