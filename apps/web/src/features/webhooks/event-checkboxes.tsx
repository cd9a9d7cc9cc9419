'use client';
import { useId } from 'react';
import type { WebhookEvent } from '@/gql/graphql';
import { SUBSCRIBABLE_EVENTS } from './webhook-events';

/** One checkbox per subscribable event, each with a line saying when it fires. */
export function EventCheckboxes({
  selected,
  onChange,
}: {
  selected: readonly WebhookEvent[];
  onChange(events: WebhookEvent[]): void;
}) {
  const id = useId();
  const toggle = (event: WebhookEvent, on: boolean) =>
    onChange(
      SUBSCRIBABLE_EVENTS.map((e) => e.event).filter((e) => (e === event ? on : selected.includes(e))),
    );
  return (
    <fieldset className="event-options">
      <legend>Events</legend>
      {SUBSCRIBABLE_EVENTS.map((e) => (
        <div key={e.event} className="event-option">
          <input
            type="checkbox"
            id={`${id}-${e.event}`}
            aria-describedby={`${id}-${e.event}-hint`}
            checked={selected.includes(e.event)}
            onChange={(ev) => toggle(e.event, ev.target.checked)}
          />
          <label htmlFor={`${id}-${e.event}`}>
            <code>{e.wireName}</code>
          </label>
          <span id={`${id}-${e.event}-hint`} className="muted small">
            {e.explanation}
          </span>
        </div>
      ))}
    </fieldset>
  );
}
