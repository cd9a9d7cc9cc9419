'use client';
import { type FormEvent, useId, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import type { WebhookEvent, WebhookFieldsFragment } from '@/gql/graphql';
import { apiError } from '../graphql/graphql-error';
import { DatasetPickerQuery } from '../learning/learning.graphql';
import { EventCheckboxes } from './event-checkboxes';
import { UrlField } from './url-field';
import { urlHints } from './webhook-url';
import { CreateWebhookMutation } from './webhooks.graphql';

const EMPTY = { url: '', description: '', datasetId: '', events: [] as WebhookEvent[] };

/** A new receiver: URL, optional dataset scope, the events it wants. Its secret comes back once. */
export function CreateWebhookForm({
  onCreated,
}: {
  onCreated(webhook: WebhookFieldsFragment, secret: string): void;
}) {
  const id = useId();
  const [form, setForm] = useState(EMPTY);
  const [checked, setChecked] = useState(false);
  const [localError, setLocalError] = useState<string | null>(null);
  const [datasets] = useQuery({ query: DatasetPickerQuery });
  const [state, create] = useMutation(CreateWebhookMutation);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setChecked(true);
    // The URL field shows its own problem; only the events' is reported here.
    const eventsError = form.events.length === 0 ? 'Pick at least one event.' : null;
    setLocalError(eventsError);
    if (urlHints(form.url).error || eventsError) return;
    const result = await create({
      input: {
        url: form.url.trim(),
        description: form.description.trim(),
        events: form.events,
        datasetId: form.datasetId || null,
      },
    });
    if (result.data) {
      const { webhook, secret } = result.data.createWebhook;
      setForm(EMPTY);
      setChecked(false);
      onCreated(webhook, secret);
    }
  };

  return (
    <form className="panel stack-sm" onSubmit={submit} aria-label="New webhook" noValidate>
      <h3>New webhook</h3>
      <UrlField
        value={form.url}
        onChange={(url) => setForm({ ...form, url })}
        showErrors={checked}
        onBlur={() => setChecked((c) => c || form.url.trim() !== '')}
      />
      <div className="field small">
        <label htmlFor={`${id}-description`}>Description</label>
        <input
          id={`${id}-description`}
          name="description"
          placeholder="What receives it, e.g. LIMS sync"
          value={form.description}
          onChange={(e) => setForm({ ...form, description: e.target.value })}
        />
      </div>
      <div className="field small">
        <label htmlFor={`${id}-dataset`}>Dataset</label>
        <select
          id={`${id}-dataset`}
          name="datasetId"
          value={form.datasetId}
          onChange={(e) => setForm({ ...form, datasetId: e.target.value })}
        >
          <option value="">All datasets</option>
          {datasets.data?.datasets.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </div>
      <EventCheckboxes selected={form.events} onChange={(events) => setForm({ ...form, events })} />
      <div className="row">
        <button type="submit" className="button button-primary" disabled={state.fetching}>
          {state.fetching ? 'Creating…' : 'Create webhook'}
        </button>
      </div>
      {(localError ?? state.error) && (
        <p className="message message-error" role="alert">
          {localError ?? (state.error && apiError(state.error).message)}
        </p>
      )}
    </form>
  );
}
