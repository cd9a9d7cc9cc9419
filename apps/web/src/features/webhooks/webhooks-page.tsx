'use client';
import { useState } from 'react';
import { useQuery } from 'urql';
import type { WebhookFieldsFragment } from '@/gql/graphql';
import { QueryStates } from '../ui/query-states';
import { EmptyState } from '../ui/states';
import { CreateWebhookForm } from './create-webhook-form';
import { SecretBox } from './secret-box';
import { WebhookDetail } from './webhook-detail';
import { WebhookList } from './webhook-list';
import { WebhooksQuery } from './webhooks.graphql';

/** Outgoing webhooks: who gets told about which labeling events, and how the deliveries went. */
export function WebhooksPage() {
  const [result, refetch] = useQuery({ query: WebhooksQuery });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [issued, setIssued] = useState<{ url: string; secret: string } | null>(null);
  const webhooks = result.data?.webhooks ?? [];
  const selected = webhooks.find((w) => w.id === selectedId) ?? webhooks[0] ?? null;
  const refresh = () => refetch({ requestPolicy: 'network-only' });

  const showSecret = (webhook: WebhookFieldsFragment, secret: string) => {
    setIssued({ url: webhook.url, secret });
    setSelectedId(webhook.id);
    refresh();
  };

  return (
    <div className="stack">
      <div>
        <h1 className="page-title">Webhooks</h1>
        <p className="muted small">
          Each webhook receives a signed JSON POST for the events it subscribes to; failed deliveries are
          retried with back-off.
        </p>
      </div>
      {issued && <SecretBox url={issued.url} secret={issued.secret} onDismiss={() => setIssued(null)} />}
      <div className="split">
        <CreateWebhookForm onCreated={showSecret} />
        <section className="card stack-sm" aria-label="Webhooks">
          <h2>Receivers</h2>
          <QueryStates {...result} retry={refresh}>
            {() =>
              webhooks.length === 0 ? (
                <EmptyState title="No webhooks yet">
                  Create one with the form: it will be told about the events you tick.
                </EmptyState>
              ) : (
                <WebhookList webhooks={webhooks} selectedId={selected?.id ?? null} onSelect={setSelectedId} />
              )
            }
          </QueryStates>
        </section>
      </div>
      {selected && (
        <WebhookDetail
          key={selected.id}
          webhook={selected}
          onSecret={showSecret}
          onDeleted={() => {
            setSelectedId(null);
            setIssued(null);
            refresh();
          }}
          onDelivered={refresh}
        />
      )}
    </div>
  );
}
