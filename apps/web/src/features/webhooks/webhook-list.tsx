'use client';
import { useMutation } from 'urql';
import type { WebhookFieldsFragment } from '@/gql/graphql';
import { apiError } from '../graphql/graphql-error';
import { DASH, when } from '../ui/format';
import { DeliveryStatusBadge } from './delivery-status-badge';
import { relativeTime, useNow } from './relative-time';
import { wireName } from './webhook-events';
import { UpdateWebhookMutation } from './webhooks.graphql';

interface Props {
  webhooks: readonly WebhookFieldsFragment[];
  selectedId: string | null;
  onSelect(id: string): void;
}

/** Every webhook, newest first: where it sends, what, whether it is on and how its last delivery went. */
export function WebhookList({ webhooks, selectedId, onSelect }: Props) {
  const now = useNow();
  const [update, mutate] = useMutation(UpdateWebhookMutation);
  return (
    <>
      {update.error && (
        <p className="message message-error" role="alert">
          {apiError(update.error).message}
        </p>
      )}
      <table className="table table-hover" data-testid="webhook-list">
        <thead>
          <tr>
            <th>Receiver</th>
            <th>Datasets</th>
            <th>Events</th>
            <th>Active</th>
            <th>Last delivery</th>
            <th>Failed (24 h)</th>
          </tr>
        </thead>
        <tbody>
          {webhooks.map((w) => (
            <tr
              key={w.id}
              className={
                [w.id === selectedId ? 'selected' : '', w.active ? '' : 'inactive'].join(' ').trim() ||
                undefined
              }
              onClick={() => onSelect(w.id)}
              data-webhook-id={w.id}
            >
              <td className="webhook-receiver">
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onSelect(w.id)}
                  aria-current={w.id === selectedId ? 'true' : undefined}
                >
                  {w.url}
                </button>
                {w.description && <div className="muted small">{w.description}</div>}
              </td>
              <td className="small">{w.dataset?.name ?? 'All datasets'}</td>
              <td>
                <div className="chips chips-tight">
                  {w.events.map((e) => (
                    <span key={e} className="chip">
                      {wireName(e)}
                    </span>
                  ))}
                </div>
              </td>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Active: ${w.url}`}
                  checked={w.active}
                  disabled={update.fetching}
                  onClick={(e) => e.stopPropagation()}
                  onChange={(e) => void mutate({ id: w.id, input: { active: e.target.checked } })}
                />
              </td>
              <td className="small">
                {w.lastDeliveryStatus ? (
                  <span className="row" title={when(w.lastDeliveryAt)}>
                    <DeliveryStatusBadge status={w.lastDeliveryStatus} />
                    <span className="muted">{relativeTime(w.lastDeliveryAt, now, 'past')}</span>
                  </span>
                ) : (
                  <span className="muted">never</span>
                )}
              </td>
              <td>
                {w.failedDeliveries > 0 ? (
                  <span className="pill pill-danger" data-testid="failed-deliveries">
                    {w.failedDeliveries} failed
                  </span>
                ) : (
                  <span className="muted">{DASH}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
