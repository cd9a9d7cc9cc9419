'use client';
import { useState } from 'react';
import { useQuery } from 'urql';
import { DatasetSwitcher } from '../datasets/dataset-picker';
import { QueryStates } from '../ui/query-states';
import { AcquisitionSettings } from './acquisition-settings';
import { LabelEfficiency } from './label-efficiency';
import { LearningOverviewQuery } from './learning.graphql';
import { QueueComposition } from './queue-composition';

/** Active learning for one dataset: acquisition settings, what the queue holds, label efficiency. */
export function LearningPage({ datasetId }: { datasetId: string }) {
  const [result, refetch] = useQuery({ query: LearningOverviewQuery, variables: { datasetId } });
  const [refreshKey, setRefreshKey] = useState(0);
  const changed = () => {
    setRefreshKey((k) => k + 1);
    refetch({ requestPolicy: 'network-only' });
  };
  return (
    <QueryStates {...result} retry={() => refetch({ requestPolicy: 'network-only' })}>
      {(data) => (
        <div className="stack">
          <div className="row">
            <h1 className="page-title grow">
              Active learning <span className="muted">· {data.dataset.name}</span>
            </h1>
            <DatasetSwitcher base="/admin/learning" current={datasetId} />
          </div>
          <div className="counts">
            <span className="status">
              <strong>{data.queueCounts.queued}</strong> queued
            </span>
            <span className="status">
              <strong>{data.queueCounts.inProgress}</strong> in progress
            </span>
            <span className="status status-submitted">
              <strong>{data.queueCounts.submitted}</strong> to review
            </span>
            <span className="status status-approved">
              <strong>{data.queueCounts.approved}</strong> curated
            </span>
          </div>
          <div className="split split-even">
            <AcquisitionSettings datasetId={datasetId} onSaved={changed} />
            <QueueComposition datasetId={datasetId} refreshKey={refreshKey} />
          </div>
          <LabelEfficiency datasetId={datasetId} />
        </div>
      )}
    </QueryStates>
  );
}
