'use client';
import { useState } from 'react';
import { useQuery } from 'urql';
import { DatasetSwitcher } from '../datasets/dataset-picker';
import { QueryStates } from '../ui/query-states';
import { CreateExperimentForm } from './create-experiment-form';
import { ExperimentDetail } from './experiment-detail';
import { ExperimentList } from './experiment-list';
import { ExperimentsQuery } from './experiments.graphql';

/** A dataset's cross-validated experiments: list, one experiment's report, and a create form. */
export function ExperimentsPage({ datasetId }: { datasetId: string }) {
  const [result, refetch] = useQuery({ query: ExperimentsQuery, variables: { datasetId } });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <QueryStates {...result} retry={reload}>
      {(data) => {
        const selected = selectedId ?? data.experiments[0]?.id ?? null;
        return (
          <div className="stack">
            <div className="row">
              <h1 className="page-title grow">
                Experiments <span className="muted">· {data.dataset.name}</span>
              </h1>
              <button type="button" className="button" onClick={reload}>
                Refresh
              </button>
              <DatasetSwitcher base="/admin/experiments" current={datasetId} />
            </div>
            <section className="card stack-sm">
              <ExperimentList experiments={data.experiments} selectedId={selected} onSelect={setSelectedId} />
            </section>
            {selected && <ExperimentDetail key={selected} experimentId={selected} onChanged={reload} />}
            <CreateExperimentForm
              datasetId={datasetId}
              onCreated={(id) => {
                setSelectedId(id);
                reload();
              }}
            />
          </div>
        );
      }}
    </QueryStates>
  );
}
