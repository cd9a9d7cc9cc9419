'use client';
import { useEffect, useRef, useState } from 'react';
import { useMutation } from 'urql';
import type { WebhookFieldsFragment } from '@/gql/graphql';
import { apiError } from '../graphql/graphql-error';
import { when } from '../ui/format';
import { DeliveryLog } from './delivery-log';
import { EditWebhookForm } from './edit-webhook-form';
import { useDeliveryLog } from './use-delivery-log';
import { DeleteWebhookMutation, PingWebhookMutation, RotateWebhookSecretMutation } from './webhooks.graphql';

interface Props {
  webhook: WebhookFieldsFragment;
  onSecret(webhook: WebhookFieldsFragment, secret: string): void;
  onDeleted(): void;
  onDelivered(): void;
}

/** One webhook: ping, edit, rotate its secret, delete it, and its delivery log. */
export function WebhookDetail({ webhook, onSecret, onDeleted, onDelivered }: Props) {
  const log = useDeliveryLog(webhook.id);
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [pingState, ping] = useMutation(PingWebhookMutation);
  const [rotateState, rotate] = useMutation(RotateWebhookSecretMutation);
  const [deleteState, remove] = useMutation(DeleteWebhookMutation);
  const error = pingState.error ?? rotateState.error ?? deleteState.error;
  const busy = pingState.fetching || rotateState.fetching || deleteState.fetching;

  // A delivery that moved on changes the list's "last delivery" and failure count: refresh it.
  const statusKey = log.deliveries.map((d) => `${d.id}:${d.status}`).join(',');
  const lastKey = useRef(statusKey);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when a delivery's status moves
  useEffect(() => {
    if (lastKey.current === statusKey) return;
    lastKey.current = statusKey;
    onDelivered();
  }, [statusKey]);

  const doPing = async () => {
    setMessage(null);
    const result = await ping({ id: webhook.id });
    if (result.data) {
      setMessage('Ping queued: watch it in the deliveries below.');
      log.refresh();
    }
  };
  const doRotate = async () => {
    if (
      !window.confirm(
        `Rotate the secret of ${webhook.url}? Signatures made with the old secret stop verifying at once: update the receiver.`,
      )
    )
      return;
    const result = await rotate({ id: webhook.id });
    if (result.data)
      onSecret(result.data.rotateWebhookSecret.webhook, result.data.rotateWebhookSecret.secret);
  };
  const doDelete = async () => {
    if (!window.confirm(`Delete the webhook ${webhook.url} and its delivery log?`)) return;
    const result = await remove({ id: webhook.id });
    if (result.data) onDeleted();
  };

  return (
    <section className="card stack-sm" aria-label="Selected webhook" data-testid="webhook-detail">
      <div className="row">
        <div className="grow stack-xs">
          <h2 className="webhook-url">{webhook.url}</h2>
          <span className="muted small">
            {webhook.description || 'No description'} · {webhook.dataset?.name ?? 'All datasets'} · secret{' '}
            <code>{webhook.secretPrefix}…</code> · created {when(webhook.createdAt)}
          </span>
        </div>
        <button type="button" className="button button-primary" disabled={busy} onClick={doPing}>
          Send ping
        </button>
        <button
          type="button"
          className={editing ? 'button active' : 'button'}
          aria-expanded={editing}
          onClick={() => setEditing((e) => !e)}
        >
          Edit
        </button>
        <button type="button" className="button" disabled={busy} onClick={doRotate}>
          Rotate secret
        </button>
        <button type="button" className="button button-danger" disabled={busy} onClick={doDelete}>
          Delete
        </button>
      </div>
      {message && !error && (
        <p className="message message-info" role="status">
          {message}
        </p>
      )}
      {error && (
        <p className="message message-error" role="alert">
          {apiError(error).message}
        </p>
      )}
      {editing && <EditWebhookForm webhook={webhook} onDone={() => setEditing(false)} />}
      <DeliveryLog log={log} />
    </section>
  );
}
