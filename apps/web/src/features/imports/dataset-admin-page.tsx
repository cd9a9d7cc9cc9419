'use client';
import Link from 'next/link';
import { useState } from 'react';
import { useQuery } from 'urql';
import { DatasetSwitcher } from '../datasets/dataset-picker';
import { ExportPanel } from '../exports/export-panel';
import { QueryStates } from '../ui/query-states';
import { ImportPanel } from './import-panel';
import { DatasetAdminQuery } from './imports.graphql';
import { LabelDistribution } from './label-distribution';
import { SettingsForm } from './settings-form';
import { TaxonomyTable } from './taxonomy-table';
import { UploadPanel } from './upload-panel';

/** One dataset for its admin: settings, taxonomy, label distributions, import, upload, export. */
export function DatasetAdminPage({ datasetId }: { datasetId: string }) {
  const [result, refetch] = useQuery({ query: DatasetAdminQuery, variables: { id: datasetId } });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  return (
    <QueryStates {...result} retry={reload}>
      {({ dataset }) => (
        <div className="stack">
          <div className="row">
            <h1 className="page-title grow">
              {dataset.name} <span className="muted small">{dataset.slug}</span>
            </h1>
            <Link className="button" href={`/review/${dataset.id}`}>
              Review queue
            </Link>
            <Link className="button" href={`/admin/training/${dataset.id}`}>
              Training
            </Link>
            <Link className="button" href={`/admin/learning/${dataset.id}`}>
              Active learning
            </Link>
            <Link className="button" href={`/admin/experiments/${dataset.id}`}>
              Experiments
            </Link>
            <DatasetSwitcher base="/admin/datasets" current={datasetId} />
          </div>
          <div className="split split-even">
            <SettingsForm
              key={dataset.version}
              dataset={dataset}
              justSaved={savedVersion === dataset.version}
              onSaved={(version) => {
                setSavedVersion(version);
                reload();
              }}
            />
            <TaxonomyTable dataset={dataset} />
          </div>
          <LabelDistribution dataset={dataset} />
          <ImportPanel datasetId={dataset.id} onImported={reload} />
          <UploadPanel dataset={dataset} onUploaded={reload} />
          <ExportPanel datasetId={dataset.id} />
        </div>
      )}
    </QueryStates>
  );
}
