import type { WebhookDeliveryStatus, WebhookEvent } from '@hep2/db';
import { secretPrefixOf } from './webhook-signature';

// Selections and DTO shapes of the webhook domain: GraphQL types expose these, never raw rows (and
// never the secret, which leaves the service only inside CreatedWebhook).

export const webhookSelect = {
  id: true,
  url: true,
  description: true,
  events: true,
  datasetId: true,
  active: true,
  secret: true,
  createdAt: true,
} as const;

export interface WebhookRow {
  id: string;
  url: string;
  description: string;
  events: WebhookEvent[];
  datasetId: string | null;
  active: boolean;
  secret: string;
  createdAt: Date;
}

export interface WebhookDto {
  id: string;
  url: string;
  description: string;
  events: WebhookEvent[];
  datasetId: string | null;
  active: boolean;
  secretPrefix: string;
  createdAt: Date;
}

export function toWebhookDto({ secret, ...rest }: WebhookRow): WebhookDto {
  return { ...rest, secretPrefix: secretPrefixOf(secret) };
}

/** What the audit trail records of a webhook: everything but the secret. */
export const auditedWebhook = (w: WebhookDto) => ({
  url: w.url,
  description: w.description,
  events: w.events,
  datasetId: w.datasetId,
  active: w.active,
});

export interface CreatedWebhookDto {
  webhook: WebhookDto;
  secret: string;
}

export const webhookDeliverySelect = {
  id: true,
  webhookId: true,
  event: true,
  status: true,
  attempts: true,
  payload: true,
  responseStatus: true,
  responseBody: true,
  error: true,
  durationMs: true,
  createdAt: true,
  nextAttemptAt: true,
  deliveredAt: true,
} as const;

export interface WebhookDeliveryDto {
  id: string;
  webhookId: string;
  event: WebhookEvent;
  status: WebhookDeliveryStatus;
  attempts: number;
  payload: unknown;
  responseStatus: number | null;
  responseBody: string | null;
  error: string | null;
  durationMs: number | null;
  createdAt: Date;
  nextAttemptAt: Date;
  deliveredAt: Date | null;
}
