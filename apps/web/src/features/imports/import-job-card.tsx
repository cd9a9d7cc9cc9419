'use client';
import { useEffect, useRef, useState } from 'react';
import { useSubscription } from 'urql';
import type { ImportJobFieldsFragment } from '@/gql/graphql';
import { when } from '../ui/format';
import { labelTrustText } from './dataset-options';
import { ImportErrorText } from './import-error-text';
import { groupingText, maskSummaryText } from './import-report-text';
import { ImportProgressSubscription } from './imports.graphql';

const isActive = (status: ImportJobFieldsFragment['status']) => status === 'PENDING' || status === 'RUNNING';
const rank = (j: Pick<ImportJobFieldsFragment, 'status' | 'doneRows'>) =>
  isActive(j.status) ? j.doneRows : Number.MAX_SAFE_INTEGER;

const tone = { PENDING: 'info', RUNNING: 'info', SUCCEEDED: 'ok', FAILED: 'danger' } as const;

/** One import job; while pending or running it follows importProgress live. */
export function ImportJobCard({
  job: listed,
  onFinished,
}: {
  job: ImportJobFieldsFragment;
  onFinished?(): void;
}) {
  // Subscribed for the card's life (it is keyed by job id), so a status change never remounts it.
  const [wasActive] = useState(() => isActive(listed.status));
  const [live] = useSubscription({
    query: ImportProgressSubscription,
    variables: { jobId: listed.id },
    pause: !wasActive,
  });
  const liveJob = live.data?.importProgress;
  // Whichever copy is further along wins (the list is also refetched as events invalidate it).
  const job = liveJob && rank(liveJob) >= rank(listed) ? liveJob : listed;
  const ended = wasActive && !isActive(job.status);
  const finished = useRef(onFinished);
  finished.current = onFinished;
  useEffect(() => {
    if (ended) finished.current?.();
  }, [ended]);
  const fraction = job.totalRows > 0 ? job.doneRows / job.totalRows : 0;
  return (
    <article className="panel stack-sm" data-testid="import-job" data-status={job.status}>
      <div className="row">
        <span className={`pill pill-${tone[job.status]}`}>{job.status.toLowerCase()}</span>
        <code className="grow small">{job.source}</code>
        <span
          className={`pill ${job.labels === 'CURATED' ? 'pill-ok' : 'pill-muted'}`}
          data-testid="import-labels"
          data-labels={job.labels}
        >
          {labelTrustText(job.labels)}
        </span>
        <span className="muted small">{when(job.createdAt)}</span>
      </div>
      <div className="progress">
        <span
          className="progress-fill"
          style={{ width: `${(job.status === 'SUCCEEDED' ? 1 : fraction) * 100}%` }}
        />
      </div>
      <p className="small">
        {job.doneRows} / {job.totalRows} rows checked · {job.importedRows} imported · layout{' '}
        {job.layout.toLowerCase()}
        {job.allOrNothing ? ' · all or nothing' : ''}
        {job.status === 'SUCCEEDED' && job.labels === 'CURATED'
          ? ' · every imported patch approved as ground truth'
          : ''}
      </p>
      {job.error && (
        <div className="message message-error" role="alert">
          <ImportErrorText reason={job.error} />
        </div>
      )}
      {job.grouping && (
        <p className="small" data-testid="import-grouping">
          {groupingText(job.grouping, Math.max(0, job.totalRows - job.rowErrors.length))}
        </p>
      )}
      {job.maskSummary && (
        <p className="small" data-testid="import-masks">
          {maskSummaryText(job.maskSummary)}
        </p>
      )}
      {job.warnings.length > 0 && (
        <div className="message message-warning small" role="status" data-testid="import-warnings">
          <strong>Worth a look before training</strong>
          <ul>
            {job.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      )}
      {job.rowErrors.length > 0 && (
        <table className="table small" data-testid="row-errors">
          <thead>
            <tr>
              <th>Line</th>
              <th>Why the row was refused</th>
            </tr>
          </thead>
          <tbody>
            {job.rowErrors.map((e) => (
              <tr key={`${e.line}:${e.reason}`}>
                <td>{e.line}</td>
                <td className="message-error">
                  <ImportErrorText reason={e.reason} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}
