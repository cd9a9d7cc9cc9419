'use client';
import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import type { WebhookEvent, WebhookFieldsFragment } from '@/gql/graphql';
import { apiError } from '../graphql/graphql-error';
import { EventCheckboxes } from './event-checkboxes';
import { UrlField } from './url-field';
import { urlHints } from './webhook-url';
import { UpdateWebhookMutation } from './webhooks.graphql';

/** URL, description, events and on/off of an existing webhook (its dataset scope is fixed). */
export function EditWebhookForm({ webhook, onDone }: { webhook: WebhookFieldsFragment; onDone(): void }) {
  const [form, setForm] = useState({
    url: webhook.url,
    description: webhook.description,
    events: [...webhook.events] as WebhookEvent[],
    active: webhook.active,
  });
  const [checked, setChecked] = useState(true);
  const [localError, setLocalError] = useState<string | null>(null);
  const [state, update] = useMutation(UpdateWebhookMutation);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setChecked(true);
    const eventsError = form.events.length === 0 ? 'Pick at least one event.' : null;
    setLocalError(eventsError);
    if (urlHints(form.url).error || eventsError) return;
    const result = await update({
      id: webhook.id,
      input: { ...form, url: form.url.trim(), description: form.description.trim() },
    });
    if (result.data) onDone();
  };

  return (
    <form className="panel stack-sm" onSubmit={submit} aria-label="Edit webhook" noValidate>
      <h3>Edit webhook</h3>
      <UrlField
        value={form.url}
        onChange={(url) => setForm({ ...form, url })}
        showErrors={checked}
        onBlur={() => setChecked(true)}
      />
      <label className="field small">
        Description
        <input
          name="description"
          value={form.description}
          onChange={(e) => setForm({ ...form, description: e.target.value })}
        />
      </label>
      <EventCheckboxes selected={form.events} onChange={(events) => setForm({ ...form, events })} />
      <label className="row small">
        <input
          type="checkbox"
          name="active"
          checked={form.active}
          onChange={(e) => setForm({ ...form, active: e.target.checked })}
        />
        Active (inactive webhooks receive no events)
      </label>
      <div className="row">
        <button type="submit" className="button button-primary" disabled={state.fetching}>
          {state.fetching ? 'Saving…' : 'Save changes'}
        </button>
        <button type="button" className="button button-ghost" onClick={onDone}>
          Cancel
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
