'use client';
import { useState } from 'react';
import { useMutation } from 'urql';
import type { ExportFormat, ExportLevel } from '@/gql/graphql';
import { apiError } from '../graphql/graphql-error';
import { bytes } from '../ui/format';
import { ExportDatasetMutation } from './imports.graphql';

const FORMATS: { format: ExportFormat; level: ExportLevel; label: string }[] = [
  { format: 'COCO', level: 'PATCH', label: 'COCO (patches)' },
  { format: 'HEADER_CSV', level: 'PATCH', label: 'CSV + PNG masks (patches)' },
  { format: 'SEED_CSV', level: 'PATCH', label: 'Seed CSV layout' },
  { format: 'SPECIMEN_CSV', level: 'SPECIMEN', label: 'Specimen labels CSV' },
  { format: 'FOLDS', level: 'SPECIMEN', label: 'Folds' },
];

/** Exports to object storage and lists the files with short-lived download links. */
export function ExportPanel({ datasetId }: { datasetId: string }) {
  const [approvedOnly, setApprovedOnly] = useState(true);
  const [state, run] = useMutation(ExportDatasetMutation);
  const result = state.data?.exportDataset;
  return (
    <section className="card stack-sm" aria-label="Export">
      <h2>Export</h2>
      <div className="row">
        {FORMATS.map((f) => (
          <button
            key={f.format}
            type="button"
            className="button"
            disabled={state.fetching}
            onClick={() => void run({ datasetId, format: f.format, level: f.level, approvedOnly })}
          >
            {f.label}
          </button>
        ))}
        <label className="inline-field">
          <input type="checkbox" checked={approvedOnly} onChange={(e) => setApprovedOnly(e.target.checked)} />
          Approved labels only
        </label>
      </div>
      {state.fetching && (
        <p className="muted small" role="status">
          Exporting…
        </p>
      )}
      {state.error && (
        <p className="message message-error" role="alert">
          {apiError(state.error).message}
        </p>
      )}
      {result && !state.fetching && (
        <div className="stack-sm" data-testid="export-result">
          <p className="small">
            {result.format.toLowerCase()} · {result.items} {result.level.toLowerCase()}s ·{' '}
            {result.approvedOnly ? 'approved only' : 'all statuses'}
          </p>
          <ul className="list small">
            {result.files.slice(0, 20).map((f) => (
              <li key={f.name} className="list-row">
                <a href={f.url} download>
                  {f.name}
                </a>
                <span className="muted">{bytes(f.bytes)}</span>
              </li>
            ))}
          </ul>
          {result.files.length > 20 && (
            <p className="muted small">…and {result.files.length - 20} more files.</p>
          )}
          {result.warnings.length > 0 && (
            <p className="banner banner-warning small">{result.warnings.slice(0, 5).join(' · ')}</p>
          )}
        </div>
      )}
    </section>
  );
}
