import type { WebhookEvent } from '@hep2/db';

/**
 * What each subscribable event is: the audit actions that raise it and its name in delivery bodies
 * and the X-Hep2-Event header. The migration's SQL functions "webhook_event_of_action" and
 * "webhook_event_name" hold the same table (the trigger needs it); test/webhooks-events.test.ts
 * fails when the two disagree.
 */
export const webhookEvents: Record<WebhookEvent, { actions: readonly string[]; name: string }> = {
  ANNOTATION_SUBMITTED: { actions: ['annotation.submit'], name: 'annotation.submitted' },
  PATCH_APPROVED: { actions: ['patch.approve', 'patch.edit_approve'], name: 'patch.approved' },
  PATCH_REJECTED: { actions: ['patch.reject'], name: 'patch.rejected' },
  IMPORT_FINISHED: { actions: ['import.finish'], name: 'import.finished' },
  TRAINING_RUN_FINISHED: { actions: ['training.finish'], name: 'training_run.finished' },
  MODEL_PROMOTED: { actions: ['model.promote'], name: 'model.promoted' },
  MODEL_ROLLED_BACK: { actions: ['model.rollback'], name: 'model.rolled_back' },
  DATASET_EXPORTED: { actions: ['dataset.export'], name: 'dataset.exported' },
  // Synthetic: queued by pingWebhook, never by an audit entry.
  PING: { actions: [], name: 'ping' },
};

export const webhookEventNames = Object.keys(webhookEvents) as WebhookEvent[];

/** The body of every delivery, keys in the documented order (see the API README). */
export interface WebhookBody {
  id: string;
  event: string;
  occurredAt: string;
  datasetId: string | null;
  actorId: string | null;
  entity: { type: string; id: string | null };
  data: unknown;
  previous: unknown;
}

/**
 * The stored payload as the body receivers get: the database keeps it as jsonb, which reorders
 * keys, so the documented order is restored here (the bytes sent are what is signed).
 */
export function webhookBody(payload: unknown): WebhookBody {
  const p = (payload ?? {}) as Partial<WebhookBody>;
  return {
    id: p.id ?? '',
    event: p.event ?? '',
    occurredAt: p.occurredAt ?? '',
    datasetId: p.datasetId ?? null,
    actorId: p.actorId ?? null,
    entity: p.entity ?? { type: '', id: null },
    data: p.data ?? null,
    previous: p.previous ?? null,
  };
}
