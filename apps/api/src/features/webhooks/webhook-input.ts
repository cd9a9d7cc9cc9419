import { z } from 'zod';
import { webhookEventNames } from './webhook-events';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids reach `uuid` columns only when well formed (anything else is simply not found). */
export const isUuid = (value: string) => UUID.test(value);

/**
 * Where deliveries go: http(s) only (no file:, ftp:, data: ...), and no user:password@ - secrets in
 * a URL leak into logs and screens; receivers authenticate requests by their signature instead.
 */
const webhookUrl = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(2048, 'must be at most 2048 characters')
  .superRefine((value, ctx) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be an absolute http:// or https:// URL' });
      return;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      ctx.addIssue({ code: 'custom', message: `must use http or https, not ${url.protocol.slice(0, -1)}` });
    }
    if (url.username || url.password) {
      ctx.addIssue({
        code: 'custom',
        message: 'must not contain a user name or password (verify the signature in the receiver instead)',
      });
    }
  });

const events = z
  .array(z.enum(webhookEventNames))
  .min(1, 'subscribe to at least one event')
  .transform((list) => [...new Set(list)]);

const description = z.string().trim().max(200, 'must be at most 200 characters');

/** GraphQL sends null for an omitted optional field; for an update that means "unchanged". */
const unchangedIfNull = <T extends z.ZodType>(schema: T) =>
  schema.nullish().transform((v) => (v === null ? undefined : v));

export const createWebhookInput = z.object({
  url: webhookUrl,
  description: unchangedIfNull(description).transform((v) => v ?? ''),
  events,
  datasetId: z.string().nullish(),
});

export const updateWebhookInput = z.object({
  url: unchangedIfNull(webhookUrl),
  description: unchangedIfNull(description),
  events: unchangedIfNull(events),
  active: unchangedIfNull(z.boolean()),
});

export type CreateWebhookInput = z.infer<typeof createWebhookInput>;
export type UpdateWebhookInput = z.infer<typeof updateWebhookInput>;
