'use client';
import { type FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import type { ExportFormat, ExportLevel } from '@/gql/graphql';
import { apiError } from '../graphql/graphql-error';
import { QueryStates } from '../ui/query-states';
import { EmptyState } from '../ui/states';
import { ExportJobRow } from './export-job-row';
import { formatName } from './export-job-text';
import { ExportPanelQuery, StartExportMutation } from './exports.graphql';

/**
 * Starts exports of the dataset (one .zip each, made in the background) and lists them: status with
 * live progress, size, labels, the snapshot they were read from, who started them, a download link.
 */
export function ExportPanel({ datasetId }: { datasetId: string }) {
  const [format, setFormat] = useState<ExportFormat>('COCO');
  const [level, setLevel] = useState<ExportLevel>('PATCH');
  const [approvedOnly, setApprovedOnly] = useState(true);
  const [panel, refetch] = useQuery({
    query: ExportPanelQuery,
    variables: { datasetId },
    requestPolicy: 'cache-and-network',
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const [state, start] = useMutation(StartExportMutation);
  const formats = panel.data?.exportFormats ?? [];
  // The formats come from the API's registry: the first one until the user picks another.
  const chosen = formats.find((f) => f.format === format) ?? formats[0];
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!chosen) return;
    const result = await start({
      datasetId,
      format: chosen.format,
      level: chosen.level ?? level,
      approvedOnly,
    });
    if (result.data) reload();
  };
  return (
    <section className="card stack-sm" aria-label="Export">
      <h2>Export</h2>
      <form className="row" aria-label="New export" onSubmit={submit}>
        <label className="inline-field">
          Format
          <select
            name="format"
            value={chosen?.format ?? ''}
            onChange={(e) => setFormat(e.target.value as ExportFormat)}
          >
            {formats.map((f) => (
              <option key={f.format} value={f.format}>
                {formatName(f.format)}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-field">
          Level
          <select
            name="level"
            value={chosen?.level ?? level}
            disabled={!!chosen?.level}
            onChange={(e) => setLevel(e.target.value as ExportLevel)}
          >
            <option value="PATCH">Patches</option>
            <option value="SPECIMEN">Specimens</option>
          </select>
        </label>
        <label className="inline-field">
          <input
            type="checkbox"
            name="approvedOnly"
            checked={approvedOnly}
            onChange={(e) => setApprovedOnly(e.target.checked)}
          />
          Approved labels only
        </label>
        <button type="submit" className="button button-primary" disabled={state.fetching || !chosen}>
          {state.fetching ? 'Starting…' : 'Start export'}
        </button>
      </form>
      {chosen && <p className="muted small">{chosen.description} One .zip, made in the background.</p>}
      {state.error && (
        <p className="message message-error" role="alert">
          {apiError(state.error).message}
        </p>
      )}
      <QueryStates {...panel} retry={reload}>
        {(data) =>
          data.exportJobs.edges.length === 0 ? (
            <EmptyState title="No exports yet">
              Each export is one .zip with its progress here, then its size, labels and a download link.
            </EmptyState>
          ) : (
            <table className="table small" data-testid="export-jobs">
              <thead>
                <tr>
                  <th>Export</th>
                  <th>Status</th>
                  <th>Size</th>
                  <th>Contents</th>
                  <th>Snapshot</th>
                  <th>Started by</th>
                  <th>Archive</th>
                </tr>
              </thead>
              <tbody>
                {data.exportJobs.edges.map(({ node }) => (
                  <ExportJobRow key={node.id} job={node} onFinished={reload} />
                ))}
              </tbody>
              {data.exportJobs.pageInfo.hasNextPage && (
                <tfoot>
                  <tr>
                    <td colSpan={7} className="muted">
                      The 20 newest exports are shown.
                    </td>
                  </tr>
                </tfoot>
              )}
            </table>
          )
        }
      </QueryStates>
    </section>
  );
}
