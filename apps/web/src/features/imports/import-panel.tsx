'use client';
import { type FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import type { ImportLabels, ImportLayout } from '@/gql/graphql';
import { apiError } from '../graphql/graphql-error';
import { QueryStates } from '../ui/query-states';
import { EmptyState } from '../ui/states';
import { useArchiveImport } from './archive-upload';
import { LABEL_TRUST_OPTIONS } from './dataset-options';
import { ImportJobCard } from './import-job-card';
import { ImportJobsQuery, StartImportMutation } from './imports.graphql';
import { OptionRadios } from './option-radios';
import {
  NO_SCAN_OPTIONS,
  ScanOptionsFields,
  type ScanOptionsState,
  scanOptionsInput,
} from './scan-options-fields';

/**
 * Import a folder on the server or an uploaded .zip of one (manifest + images), with the same
 * options, its labels weak (default) or curated; live progress and per-row errors.
 */
export function ImportPanel({ datasetId, onImported }: { datasetId: string; onImported(): void }) {
  const [path, setPath] = useState('');
  const [layout, setLayout] = useState<ImportLayout | ''>('');
  const [allOrNothing, setAllOrNothing] = useState(true);
  const [labels, setLabels] = useState<ImportLabels>('WEAK');
  const [scan, setScan] = useState<ScanOptionsState>(NO_SCAN_OPTIONS);
  const [jobs, refetchJobs] = useQuery({
    query: ImportJobsQuery,
    variables: { datasetId },
    requestPolicy: 'cache-and-network',
  });
  const [state, start] = useMutation(StartImportMutation);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result = await start({
      datasetId,
      serverPath: path.trim(),
      allOrNothing,
      labels,
      options: scanOptionsInput(scan),
      ...(layout ? { layout } : {}),
    });
    if (result.data) refetchJobs({ requestPolicy: 'network-only' });
  };
  const [archive, setArchive] = useState<File | null>(null);
  const upload = useArchiveImport(datasetId, () => {
    setArchive(null);
    refetchJobs({ requestPolicy: 'network-only' });
  });
  const uploadArchive = () => {
    if (archive)
      void upload.run(archive, {
        allOrNothing,
        labels,
        options: scanOptionsInput(scan),
        ...(layout ? { layout } : {}),
      });
  };
  const finished = () => {
    refetchJobs({ requestPolicy: 'network-only' });
    onImported();
  };
  return (
    <section className="card stack-sm" aria-label="Import">
      <h2>Import a labelled folder</h2>
      <form className="stack-sm" onSubmit={submit}>
        <div className="row">
          <input
            name="serverPath"
            className="grow"
            placeholder="/data/hep2/new-batch (folder with the manifest CSV and images)"
            value={path}
            onChange={(e) => setPath(e.target.value)}
            required
          />
          <select
            value={layout}
            onChange={(e) => setLayout(e.target.value as ImportLayout | '')}
            aria-label="Layout"
          >
            <option value="">Detect layout</option>
            <option value="HEADER_CSV">CSV with header</option>
            <option value="SEED_CSV">Seed CSV (no header)</option>
            <option value="CELLS">Cell crops</option>
          </select>
          <label className="inline-field">
            <input
              type="checkbox"
              name="allOrNothing"
              checked={allOrNothing}
              onChange={(e) => setAllOrNothing(e.target.checked)}
            />
            All or nothing
          </label>
          <button
            type="submit"
            className="button button-primary"
            disabled={state.fetching || !path.trim()}
            data-testid="start-import"
          >
            {state.fetching ? 'Starting…' : 'Start import'}
          </button>
        </div>
        <div className="row">
          <label className="inline-field grow">
            Or upload a .zip (manifest CSV, images, masks; may sit in one top-level folder)
            <input
              type="file"
              name="archive"
              accept=".zip,application/zip"
              onChange={(e) => setArchive(e.target.files?.[0] ?? null)}
              disabled={upload.busy}
            />
          </label>
          <button
            type="button"
            className="button"
            onClick={uploadArchive}
            disabled={upload.busy || !archive}
            data-testid="upload-archive"
          >
            {upload.busy ? 'Uploading…' : 'Upload and import'}
          </button>
        </div>
        {upload.progress !== null && (
          <progress
            max={1}
            value={upload.progress}
            aria-label="Archive upload"
          >{`${Math.round(upload.progress * 100)} %`}</progress>
        )}
        <OptionRadios
          legend="Labels"
          name="labels"
          options={LABEL_TRUST_OPTIONS}
          value={labels}
          onChange={setLabels}
        />
        <ScanOptionsFields value={scan} onChange={setScan} />
      </form>
      {upload.error && (
        <p className="message message-error" role="alert">
          {upload.error}
        </p>
      )}
      {state.error && (
        <p className="message message-error" role="alert">
          {apiError(state.error).message}
        </p>
      )}
      <QueryStates {...jobs} retry={() => refetchJobs({ requestPolicy: 'network-only' })}>
        {(data) =>
          data.importJobs.length === 0 ? (
            <EmptyState title="No imports yet">
              Jobs appear here with live progress and the rows they refused.
            </EmptyState>
          ) : (
            <div className="stack-sm">
              {data.importJobs.map((job) => (
                <ImportJobCard key={job.id} job={job} onFinished={finished} />
              ))}
            </div>
          )
        }
      </QueryStates>
    </section>
  );
}
