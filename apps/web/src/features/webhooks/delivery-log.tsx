'use client';
import { useState } from 'react';
import { useMutation } from 'urql';
import type { WebhookDeliveryStatus } from '@/gql/graphql';
import { apiError } from '../graphql/graphql-error';
import { QueryStates } from '../ui/query-states';
import { EmptyState } from '../ui/states';
import { DeliveryRow } from './delivery-row';
import { useNow } from './relative-time';
import type { DeliveryLogState } from './use-delivery-log';
import { RedeliverWebhookDeliveryMutation } from './webhooks.graphql';

const STATUSES: WebhookDeliveryStatus[] = ['PENDING', 'SENDING', 'SUCCEEDED', 'FAILED'];

/** A webhook's deliveries, newest first, filterable by status, live while any is in flight. */
export function DeliveryLog({ log }: { log: DeliveryLogState }) {
  const now = useNow(1000);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [redeliverState, redeliver] = useMutation(RedeliverWebhookDeliveryMutation);
  const toggle = (id: string) =>
    setExpanded((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const doRedeliver = async (id: string) => {
    const result = await redeliver({ id });
    if (result.data) log.refresh();
  };

  return (
    <section className="stack-sm" aria-label="Deliveries" data-testid="delivery-log" data-live={log.inFlight}>
      <div className="row">
        <h3 className="grow">
          Deliveries{' '}
          {log.inFlight && (
            <span
              className="pill pill-info"
              title="Refreshing every 2 s while a delivery is in flight"
              data-testid="delivery-live"
            >
              <span className="pulse" aria-hidden="true" /> live
            </span>
          )}
        </h3>
        <label className="inline-field">
          Status
          <select
            value={log.status ?? ''}
            onChange={(e) => log.setStatus((e.target.value || null) as WebhookDeliveryStatus | null)}
          >
            <option value="">All</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {s.toLowerCase()}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button button-ghost" onClick={log.refresh}>
          Refresh
        </button>
      </div>
      {redeliverState.error && (
        <p className="message message-error" role="alert">
          {apiError(redeliverState.error).message}
        </p>
      )}
      <QueryStates {...log.result} retry={log.refresh}>
        {() =>
          log.deliveries.length === 0 ? (
            <EmptyState
              title={log.status ? `No ${log.status.toLowerCase()} deliveries` : 'No deliveries yet'}
            >
              Press “Send ping” to send a test event.
            </EmptyState>
          ) : (
            <>
              <table className="table" data-testid="delivery-table">
                <thead>
                  <tr>
                    <th>Event</th>
                    <th>Status</th>
                    <th>Attempts</th>
                    <th>Response</th>
                    <th>Duration</th>
                    <th>Created</th>
                    <th>Delivered</th>
                    <th />
                  </tr>
                </thead>
                <tbody>
                  {log.deliveries.map((d) => (
                    <DeliveryRow
                      key={d.id}
                      delivery={d}
                      now={now}
                      expanded={expanded.has(d.id)}
                      redelivering={redeliverState.fetching}
                      onToggle={() => toggle(d.id)}
                      onRedeliver={() => void doRedeliver(d.id)}
                    />
                  ))}
                </tbody>
              </table>
              {log.canLoadMore && (
                <div className="row">
                  <button type="button" className="button" disabled={log.loadingMore} onClick={log.loadMore}>
                    {log.loadingMore ? 'Loading…' : 'Load more'}
                  </button>
                </div>
              )}
              {log.capped && (
                <p className="muted small">Showing the newest 200; filter by status to find older ones.</p>
              )}
            </>
          )
        }
      </QueryStates>
    </section>
  );
}
