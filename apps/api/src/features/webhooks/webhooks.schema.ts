import { builder } from '../../graphql/builder';
import { requireViewer } from '../../graphql/viewer';
import { isUuid } from './webhook-input';
import { webhookTargetPolicy } from './webhook-targets';
import { toWebhookDto, webhookSelect } from './webhooks.dto';
import {
  CreatedWebhookRef,
  CreateWebhookInputRef,
  UpdateWebhookInputRef,
  WebhookDeliveryRef,
  WebhookRef,
} from './webhooks.refs';
import {
  createWebhook,
  deleteWebhook,
  pingWebhook,
  redeliverWebhookDelivery,
  rotateWebhookSecret,
  updateWebhook,
} from './webhooks.service';

builder.queryFields((t) => ({
  webhooks: t.field({
    type: [WebhookRef],
    description: 'Every webhook, newest first (admins only).',
    authScopes: { admin: true },
    resolve: async (_r, _a, ctx) =>
      (
        await ctx.db.webhook.findMany({
          select: webhookSelect,
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        })
      ).map(toWebhookDto),
  }),
  webhook: t.field({
    type: WebhookRef,
    nullable: true,
    description: 'One webhook with its delivery log, or null (admins only).',
    authScopes: { admin: true },
    args: { id: t.arg.id({ description: 'Webhook id.' }) },
    resolve: async (_r, args, ctx) => {
      const id = String(args.id);
      const row = isUuid(id)
        ? await ctx.db.webhook.findUnique({ where: { id }, select: webhookSelect })
        : null;
      return row ? toWebhookDto(row) : null;
    },
  }),
}));

builder.mutationFields((t) => ({
  createWebhook: t.field({
    type: CreatedWebhookRef,
    description: 'Creates a webhook; its signing secret is in the answer and never shown again.',
    authScopes: { admin: true },
    args: { input: t.arg({ type: CreateWebhookInputRef, description: 'The webhook.' }) },
    resolve: (_r, args, ctx) =>
      createWebhook(ctx, requireViewer(ctx), args.input, webhookTargetPolicy(ctx.config)),
  }),
  updateWebhook: t.field({
    type: WebhookRef,
    description: 'Changes a webhook (URL, description, events, active).',
    authScopes: { admin: true },
    args: {
      id: t.arg.id({ description: 'Webhook id.' }),
      input: t.arg({ type: UpdateWebhookInputRef, description: 'The changes.' }),
    },
    resolve: (_r, args, ctx) =>
      updateWebhook(ctx, requireViewer(ctx), String(args.id), args.input, webhookTargetPolicy(ctx.config)),
  }),
  rotateWebhookSecret: t.field({
    type: CreatedWebhookRef,
    description: 'Replaces the signing secret; every delivery sent from now on is signed with the new one.',
    authScopes: { admin: true },
    args: { id: t.arg.id({ description: 'Webhook id.' }) },
    resolve: (_r, args, ctx) => rotateWebhookSecret(ctx, requireViewer(ctx), String(args.id)),
  }),
  deleteWebhook: t.field({
    type: 'ID',
    description: 'Deletes a webhook and its delivery log; returns its id.',
    authScopes: { admin: true },
    args: { id: t.arg.id({ description: 'Webhook id.' }) },
    resolve: (_r, args, ctx) => deleteWebhook(ctx, requireViewer(ctx), String(args.id)),
  }),
  pingWebhook: t.field({
    type: WebhookDeliveryRef,
    description: 'Queues a PING delivery now, to test the receiver.',
    authScopes: { admin: true },
    args: { id: t.arg.id({ description: 'Webhook id.' }) },
    resolve: (_r, args, ctx) => pingWebhook(ctx, requireViewer(ctx), String(args.id)),
  }),
  redeliverWebhookDelivery: t.field({
    type: WebhookDeliveryRef,
    description: 'Queues a new delivery (new id) with exactly the payload of an earlier one.',
    authScopes: { admin: true },
    args: { id: t.arg.id({ description: 'Delivery id.' }) },
    resolve: (_r, args, ctx) => redeliverWebhookDelivery(ctx, requireViewer(ctx), String(args.id)),
  }),
}));
