import type { Db } from '@hep2/db';
import { builder } from '../../graphql/builder';
import { cursorPage } from '../../graphql/pagination';
import { DatasetRef } from '../datasets/dataset.refs';
import { datasetSelect } from '../datasets/datasets.dto';
import { webhookBody } from './webhook-events';
import {
  type CreatedWebhookDto,
  type WebhookDeliveryDto,
  type WebhookDto,
  webhookDeliverySelect,
} from './webhooks.dto';

const DAY_MS = 86_400_000;

export const WebhookEventEnum = builder.enumType('WebhookEvent', {
  description: 'What a webhook can be told about; the body names it in lower case (see each value).',
  values: {
    ANNOTATION_SUBMITTED: { description: 'An annotator submitted a patch (annotation.submitted).' },
    PATCH_APPROVED: { description: 'A curator approved a patch, edited or not (patch.approved).' },
    PATCH_REJECTED: { description: 'A curator returned a patch to its author (patch.rejected).' },
    IMPORT_FINISHED: { description: 'An import job ended, succeeded or failed (import.finished).' },
    TRAINING_RUN_FINISHED: {
      description:
        'A training run ended: evaluated, promoted, rejected, failed or cancelled (training_run.finished).',
    },
    MODEL_PROMOTED: {
      description: 'A model version became active: promoted by an admin or by the trainer (model.promoted).',
    },
    MODEL_ROLLED_BACK: { description: 'An admin rolled back to the previous model (model.rolled_back).' },
    DATASET_EXPORTED: { description: 'A dataset was exported (dataset.exported).' },
    PING: { description: 'A test delivery sent by pingWebhook only (ping).' },
  } as const,
});

export const WebhookDeliveryStatusEnum = builder.enumType('WebhookDeliveryStatus', {
  description: 'Where a delivery is.',
  values: {
    PENDING: { description: 'Waiting for its next attempt (nextAttemptAt).' },
    SENDING: { description: 'An attempt is in progress.' },
    SUCCEEDED: { description: 'The receiver answered 2xx.' },
    FAILED: { description: 'Every attempt failed; redeliver it to try again.' },
  } as const,
});

export const WebhookDeliveryRef = builder.objectRef<WebhookDeliveryDto>('WebhookDelivery').implement({
  description: 'One event sent (or to be sent) to one webhook, with the outcome of its latest attempt.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Delivery id; the X-Hep2-Delivery header (dedupe on it).' }),
    event: t.expose('event', { type: WebhookEventEnum, description: 'The event.' }),
    status: t.expose('status', { type: WebhookDeliveryStatusEnum, description: 'Where it is.' }),
    attempts: t.exposeInt('attempts', { description: 'Attempts made so far.' }),
    payload: t.field({
      type: 'JSON',
      description: 'The exact JSON body sent.',
      resolve: (d) => webhookBody(d.payload),
    }),
    responseStatus: t.exposeInt('responseStatus', {
      nullable: true,
      description: 'HTTP status of the latest answer.',
    }),
    responseBody: t.exposeString('responseBody', {
      nullable: true,
      description: 'The first 1 KB of the latest answer.',
    }),
    error: t.exposeString('error', {
      nullable: true,
      description: 'Why the latest attempt failed: network error, timeout, or "HTTP 500".',
    }),
    durationMs: t.exposeInt('durationMs', {
      nullable: true,
      description: 'How long the latest attempt took.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the event was queued.' }),
    nextAttemptAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the next attempt is due (PENDING only).',
      resolve: (d) => (d.status === 'PENDING' ? d.nextAttemptAt : null),
    }),
    deliveredAt: t.expose('deliveredAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the receiver accepted it.',
    }),
  }),
});

export const WebhookRef = builder.objectRef<WebhookDto>('Webhook').implement({
  description: 'An HTTP endpoint that receives signed POSTs when the events it subscribes to happen.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    url: t.exposeString('url', { description: 'Where deliveries are POSTed (http or https).' }),
    description: t.exposeString('description', { description: 'What it is for.' }),
    events: t.expose('events', { type: [WebhookEventEnum], description: 'The events it receives.' }),
    dataset: t.field({
      type: DatasetRef,
      nullable: true,
      description: 'Only events of this dataset; null: events of every dataset.',
      resolve: (w, _a, ctx) =>
        w.datasetId ? ctx.db.dataset.findUnique({ where: { id: w.datasetId }, select: datasetSelect }) : null,
    }),
    active: t.exposeBoolean('active', { description: 'Inactive webhooks get no new deliveries.' }),
    secretPrefix: t.exposeString('secretPrefix', {
      description: 'The first 10 characters of the signing secret, to recognise it.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'Created.' }),
    lastDeliveryAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When its newest delivery was queued.',
      resolve: async (w, _a, ctx) => (await newestDelivery(ctx.db, w.id))?.createdAt ?? null,
    }),
    lastDeliveryStatus: t.field({
      type: WebhookDeliveryStatusEnum,
      nullable: true,
      description: 'Where its newest delivery is.',
      resolve: async (w, _a, ctx) => (await newestDelivery(ctx.db, w.id))?.status ?? null,
    }),
    failedDeliveries: t.int({
      description: 'Deliveries that ended FAILED in the last 24 h.',
      resolve: (w, _a, ctx) =>
        ctx.db.webhookDelivery.count({
          where: { webhookId: w.id, failedAt: { gte: new Date(Date.now() - DAY_MS) } },
        }),
    }),
    deliveries: t.connection({
      type: WebhookDeliveryRef,
      description: 'Its delivery log, newest first (kept for WEBHOOK_RETENTION_DAYS).',
      args: {
        status: t.arg({ type: WebhookDeliveryStatusEnum, required: false, description: 'Only this status.' }),
      },
      resolve: (w, args, ctx) =>
        cursorPage(
          args,
          (d: WebhookDeliveryDto) => d.id,
          ({ after, before, limit, inverted }) =>
            ctx.db.webhookDelivery.findMany({
              where: { webhookId: w.id, status: args.status ?? undefined },
              select: webhookDeliverySelect,
              take: limit,
              cursor: after ? { id: after } : before ? { id: before } : undefined,
              skip: after || before ? 1 : 0,
              orderBy: [{ createdAt: inverted ? 'asc' : 'desc' }, { id: inverted ? 'asc' : 'desc' }],
            }),
        ),
    }),
  }),
});

function newestDelivery(db: Db, webhookId: string) {
  return db.webhookDelivery.findFirst({
    where: { webhookId },
    select: { createdAt: true, status: true },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
  });
}

export const CreatedWebhookRef = builder.objectRef<CreatedWebhookDto>('CreatedWebhook').implement({
  description: 'A webhook with its signing secret, shown only here (after creation or rotation).',
  fields: (t) => ({
    webhook: t.field({ type: WebhookRef, description: 'The webhook.', resolve: (c) => c.webhook }),
    secret: t.exposeString('secret', {
      description: 'The signing secret (whsec_...): store it in the receiver now; it is not shown again.',
    }),
  }),
});

export const CreateWebhookInputRef = builder.inputType('CreateWebhookInput', {
  description: 'A new webhook.',
  fields: (t) => ({
    url: t.string({ description: 'http(s) URL, at most 2048 characters, without user:password@.' }),
    description: t.string({ required: false, description: 'What it is for (at most 200 characters).' }),
    events: t.field({ type: [WebhookEventEnum], description: 'At least one event.' }),
    datasetId: t.id({ required: false, description: 'Only events of this dataset; omitted: every dataset.' }),
  }),
});

export const UpdateWebhookInputRef = builder.inputType('UpdateWebhookInput', {
  description: 'Changes to a webhook; omitted fields stay as they are.',
  fields: (t) => ({
    url: t.string({ required: false, description: 'http(s) URL, at most 2048 characters.' }),
    description: t.string({ required: false, description: 'At most 200 characters.' }),
    events: t.field({ type: [WebhookEventEnum], required: false, description: 'At least one event.' }),
    active: t.boolean({ required: false, description: 'false: no new deliveries until reactivated.' }),
  }),
});
