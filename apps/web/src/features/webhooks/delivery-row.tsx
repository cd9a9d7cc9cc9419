'use client';
import type { WebhookDeliveryFieldsFragment } from '@/gql/graphql';
import { DASH, when } from '../ui/format';
import { DeliveryStatusBadge } from './delivery-status-badge';
import { relativeTime } from './relative-time';
import { wireName } from './webhook-events';

const COLUMNS = 8;

interface Props {
  delivery: WebhookDeliveryFieldsFragment;
  expanded: boolean;
  now: number;
  redelivering: boolean;
  onToggle(): void;
  onRedeliver(): void;
}

/** One delivery attempt series; expanded, the exact JSON sent and what the receiver answered. */
export function DeliveryRow({ delivery: d, expanded, now, redelivering, onToggle, onRedeliver }: Props) {
  const detailId = `delivery-${d.id}`;
  return (
    <>
      <tr data-testid="delivery-row" data-delivery-id={d.id} data-status={d.status}>
        <td>
          <code>{wireName(d.event)}</code>
        </td>
        <td>
          <DeliveryStatusBadge status={d.status} />
        </td>
        <td data-testid="delivery-attempts">{d.attempts}</td>
        <td data-testid="delivery-response">
          <ResponseStatus status={d.responseStatus} error={d.error} />
        </td>
        <td className="small">{d.durationMs === null ? DASH : `${d.durationMs} ms`}</td>
        <td className="small" title={when(d.createdAt)}>
          {relativeTime(d.createdAt, now, 'past')}
        </td>
        <td className="small">
          {d.status === 'PENDING' && d.nextAttemptAt ? (
            <span title={when(d.nextAttemptAt)} data-testid="next-attempt">
              next attempt {relativeTime(d.nextAttemptAt, now, 'future')}
            </span>
          ) : (
            <span title={when(d.deliveredAt)}>
              {d.deliveredAt ? relativeTime(d.deliveredAt, now, 'past') : DASH}
            </span>
          )}
        </td>
        <td>
          <div className="row row-nowrap">
            <button
              type="button"
              className="button button-ghost"
              aria-expanded={expanded}
              aria-controls={detailId}
              onClick={onToggle}
            >
              {expanded ? 'Hide details' : 'Details'}
            </button>
            <button type="button" className="button" disabled={redelivering} onClick={onRedeliver}>
              Redeliver
            </button>
          </div>
        </td>
      </tr>
      {expanded && (
        <tr id={detailId} className="delivery-detail" data-testid="delivery-detail">
          <td colSpan={COLUMNS}>
            <div className="chart-pair">
              <div className="stack-sm">
                <h3>Payload</h3>
                <pre className="code small" data-testid="delivery-payload">
                  {JSON.stringify(d.payload, null, 2)}
                </pre>
              </div>
              <div className="stack-sm">
                <h3>{d.error && !d.responseBody ? 'Error' : 'Response'}</h3>
                {d.error && <p className="message message-error small">{d.error}</p>}
                <pre className="code small" data-testid="delivery-response-body">
                  {d.responseBody ?? (d.responseStatus === null ? 'No response yet.' : '(empty body)')}
                </pre>
              </div>
            </div>
          </td>
        </tr>
      )}
    </>
  );
}

function ResponseStatus({ status, error }: { status: number | null; error: string | null }) {
  if (status !== null) {
    return <span className={status < 300 ? 'status-approved' : 'message-error'}>{status}</span>;
  }
  return error ? (
    <span className="message-error small" title={error}>
      no response
    </span>
  ) : (
    <span className="muted">{DASH}</span>
  );
}
