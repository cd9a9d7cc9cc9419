'use client';
import { useState } from 'react';
import { useQuery } from 'urql';
import { DatasetPickerQuery } from '../learning/learning.graphql';
import { fmt, pct } from '../ui/format';
import { QueryStates } from '../ui/query-states';
import { EmptyState } from '../ui/states';
import { AnnotatorThroughput } from './annotator-throughput';
import { AnnotatorAgreementQuery } from './users.graphql';

/** Per-annotator agreement with co-annotators and throughput on one dataset, and the dataset-wide figures. */
export function AnnotatorStats() {
  const [datasets] = useQuery({ query: DatasetPickerQuery });
  const [chosen, setChosen] = useState<string | null>(null);
  const datasetId = chosen ?? datasets.data?.datasets[0]?.id ?? null;
  return (
    <section className="card stack-sm" aria-label="Annotator agreement">
      <div className="row">
        <h2 className="grow">Per-annotator agreement and throughput</h2>
        {datasets.data && datasets.data.datasets.length > 0 && (
          <select value={datasetId ?? ''} onChange={(e) => setChosen(e.target.value)} aria-label="Dataset">
            {datasets.data.datasets.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        )}
      </div>
      {datasetId ? (
        <>
          <AgreementTable datasetId={datasetId} />
          <AnnotatorThroughput datasetId={datasetId} />
        </>
      ) : (
        <EmptyState title="No datasets yet" />
      )}
    </section>
  );
}

function AgreementTable({ datasetId }: { datasetId: string }) {
  const [result, refetch] = useQuery({ query: AnnotatorAgreementQuery, variables: { datasetId } });
  return (
    <QueryStates {...result} retry={() => refetch({ requestPolicy: 'network-only' })}>
      {(data) => (
        <>
          <p className="small">
            Dataset: Fleiss κ (pattern) {fmt(data.datasetAgreement.patternFleissKappa, 2)} (interval and
            Krippendorff’s α on the review page) · patches agreeing: pattern{' '}
            {pct(data.datasetAgreement.meanPatternAgreement)}, intensity{' '}
            {pct(data.datasetAgreement.meanIntensityAgreement)} · mean mask Dice{' '}
            {fmt(data.datasetAgreement.meanMaskDice, 2)} · over {data.datasetAgreement.patches}{' '}
            multiply-annotated patches
          </p>
          {data.annotatorAgreement.length === 0 ? (
            <EmptyState title="No shared patches yet">
              Agreement needs patches labelled by two or more annotators.
            </EmptyState>
          ) : (
            <table className="table" data-testid="annotator-agreement">
              <thead>
                <tr>
                  <th>Annotator</th>
                  <th>Shared patches</th>
                  <th>Pattern κ</th>
                  <th>Same pattern</th>
                  <th>Intensity κw</th>
                </tr>
              </thead>
              <tbody>
                {data.annotatorAgreement.map((a) => (
                  <tr key={a.userId}>
                    <td>{a.userName}</td>
                    <td>{a.patches}</td>
                    <td>{fmt(a.patternKappa, 2)}</td>
                    <td>{pct(a.patternAgreementRate)}</td>
                    <td>{fmt(a.intensityKappa, 2)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </QueryStates>
  );
}
