'use client';
import { useEffect, useRef, useState } from 'react';
import { useSubscription } from 'urql';
import type { ExportJobFieldsFragment } from '@/gql/graphql';
import { bytes, DASH, when } from '../ui/format';
import {
  exportContentText,
  exportFraction,
  exportSnapshotText,
  exportStatusText,
  formatName,
  isActiveExport,
} from './export-job-text';
import { ExportProgressSubscription } from './exports.graphql';

const tone = { QUEUED: 'info', RUNNING: 'info', SUCCEEDED: 'ok', FAILED: 'danger' } as const;
const rank = (j: Pick<ExportJobFieldsFragment, 'status' | 'progressDone'>) =>
  isActiveExport(j.status) ? j.progressDone : Number.MAX_SAFE_INTEGER;

/** One export; while queued or running it follows exportProgress live. */
export function ExportJobRow({
  job: listed,
  onFinished,
}: {
  job: ExportJobFieldsFragment;
  onFinished?(): void;
}) {
  // Subscribed for the row's life (it is keyed by job id), so a status change never remounts it.
  const [wasActive] = useState(() => isActiveExport(listed.status));
  const [live] = useSubscription({
    query: ExportProgressSubscription,
    variables: { jobId: listed.id },
    pause: !wasActive,
  });
  const liveJob = live.data?.exportProgress;
  // Whichever copy is further along wins (the list is refetched when a job ends).
  const job = liveJob && rank(liveJob) >= rank(listed) ? liveJob : listed;
  const ended = wasActive && !isActiveExport(job.status);
  const finished = useRef(onFinished);
  finished.current = onFinished;
  useEffect(() => {
    if (ended) finished.current?.();
  }, [ended]);
  return (
    <tr data-testid="export-job" data-status={job.status} data-format={job.format}>
      <td>
        <strong>{formatName(job.format)}</strong>
        <div className="muted">
          {job.level === 'SPECIMEN' ? 'specimens' : 'patches'} ·{' '}
          {job.approvedOnly ? 'approved only' : 'all with status'}
        </div>
      </td>
      <td>
        <span className={`pill pill-${tone[job.status]}`} data-testid="export-status">
          {exportStatusText(job)}
        </span>
        {isActiveExport(job.status) && (
          <progress max={1} value={exportFraction(job)} aria-label="Export progress">
            {`${Math.floor(exportFraction(job) * 100)} %`}
          </progress>
        )}
        {job.error && (
          <div className="message-error" role="alert">
            {job.error}
          </div>
        )}
      </td>
      <td>{job.bytes === null ? DASH : bytes(job.bytes)}</td>
      <td data-testid="export-content" title={job.warnings.join('\n') || undefined}>
        {exportContentText(job)}
      </td>
      <td data-testid="export-snapshot">{exportSnapshotText(job)}</td>
      <td>
        {job.createdByName ?? DASH}
        <div className="muted">{when(job.createdAt)}</div>
      </td>
      <td>
        {job.downloadUrl ? (
          <a className="button" href={job.downloadUrl} download={job.fileName} data-testid="export-download">
            Download
          </a>
        ) : (
          DASH
        )}
      </td>
    </tr>
  );
}
