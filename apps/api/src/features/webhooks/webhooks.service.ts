import { randomUUID } from 'node:crypto';
import type { Prisma, Tx } from '@hep2/db';
import type { Actor } from '../../shared/actor';
import { DomainError, notFound } from '../../shared/domain-error';
import type { ServiceDeps } from '../../shared/service-deps';
import { validate } from '../../shared/validate';
import { recordAudit } from '../audit/audit.service';
import { publishEvent } from '../events/event-bus';
import { topics } from '../events/topics';
import { webhookEvents } from './webhook-events';
import { createWebhookInput, isUuid, updateWebhookInput } from './webhook-input';
import { newWebhookSecret, secretPrefixOf } from './webhook-signature';
import { refusedTarget, type WebhookTargetPolicy } from './webhook-targets';
import {
  auditedWebhook,
  type CreatedWebhookDto,
  toWebhookDto,
  type WebhookDeliveryDto,
  type WebhookDto,
  webhookDeliverySelect,
  webhookSelect,
} from './webhooks.dto';

/**
 * Reads a webhook under a row lock, for a before/after audit pair that matches. NO KEY UPDATE: the
 * audit trigger's KEY SHARE ... SKIP LOCKED must not skip (lose events for) a webhook being edited.
 */
async function lockWebhook(tx: Tx, id: string) {
  const rows = isUuid(id)
    ? await tx.$queryRaw<{ id: string }[]>`select id from "Webhook" where id = ${id}::uuid for no key update`
    : [];
  if (rows.length === 0) throw notFound('Webhook', id);
  return toWebhookDto(await tx.webhook.findUniqueOrThrow({ where: { id }, select: webhookSelect }));
}

/** Refuses, up front and with the reason, a URL the policy would refuse at every send. */
async function assertAllowedTarget(policy: WebhookTargetPolicy, url: string | undefined): Promise<void> {
  const refused = url === undefined ? null : await refusedTarget(policy, new URL(url));
  if (refused) throw new DomainError('VALIDATION_FAILED', `url: ${refused}`, { field: 'url' });
}

/** Wakes the delivery workers of every replica when the transaction commits. */
const wakeWorkers = (tx: Tx) => publishEvent(tx, topics.webhookDeliveries, {});

export async function createWebhook(
  deps: ServiceDeps,
  actor: Actor,
  input: unknown,
  targets: WebhookTargetPolicy,
): Promise<CreatedWebhookDto> {
  const { db, requestId } = deps;
  const data = validate(createWebhookInput, input);
  await assertAllowedTarget(targets, data.url);
  const datasetId = data.datasetId ?? null;
  if (datasetId) {
    const dataset = isUuid(datasetId)
      ? await db.dataset.findUnique({ where: { id: datasetId }, select: { id: true } })
      : null;
    if (!dataset) throw notFound('Dataset', datasetId);
  }
  const secret = newWebhookSecret();
  return db.$transaction(async (tx) => {
    const webhook = toWebhookDto(
      await tx.webhook.create({
        data: {
          url: data.url,
          description: data.description,
          events: data.events,
          datasetId,
          secret,
          createdById: actor.id,
        },
        select: webhookSelect,
      }),
    );
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'webhook.create',
      entityType: 'Webhook',
      entityId: webhook.id,
      after: { ...auditedWebhook(webhook), secretPrefix: webhook.secretPrefix },
      requestId,
    });
    return { webhook, secret };
  });
}

export async function updateWebhook(
  deps: ServiceDeps,
  actor: Actor,
  id: string,
  input: unknown,
  targets: WebhookTargetPolicy,
): Promise<WebhookDto> {
  const { db, requestId } = deps;
  const data = validate(updateWebhookInput, input);
  await assertAllowedTarget(targets, data.url);
  return db.$transaction(async (tx) => {
    const before = await lockWebhook(tx, id);
    const after = toWebhookDto(await tx.webhook.update({ where: { id }, data, select: webhookSelect }));
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'webhook.update',
      entityType: 'Webhook',
      entityId: id,
      before: auditedWebhook(before),
      after: auditedWebhook(after),
      requestId,
    });
    return after;
  });
}

/** A new secret, effective for every delivery signed from now on (retries of older events included). */
export async function rotateWebhookSecret(
  deps: ServiceDeps,
  actor: Actor,
  id: string,
): Promise<CreatedWebhookDto> {
  const { db, requestId } = deps;
  const secret = newWebhookSecret();
  return db.$transaction(async (tx) => {
    const before = await lockWebhook(tx, id);
    const webhook = toWebhookDto(
      await tx.webhook.update({ where: { id }, data: { secret }, select: webhookSelect }),
    );
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'webhook.rotate_secret',
      entityType: 'Webhook',
      entityId: id,
      before: { secretPrefix: before.secretPrefix },
      after: { secretPrefix: secretPrefixOf(secret) },
      requestId,
    });
    return { webhook, secret };
  });
}

/** Deletes the webhook and its delivery log (foreign-key cascade). */
export async function deleteWebhook(deps: ServiceDeps, actor: Actor, id: string): Promise<string> {
  const { db, requestId } = deps;
  return db.$transaction(async (tx) => {
    const before = await lockWebhook(tx, id);
    await tx.webhook.delete({ where: { id }, select: { id: true } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'webhook.delete',
      entityType: 'Webhook',
      entityId: id,
      before: auditedWebhook(before),
      requestId,
    });
    return id;
  });
}

/** Queues a PING delivery now (also for an inactive webhook: an admin is testing the receiver). */
export async function pingWebhook(deps: ServiceDeps, actor: Actor, id: string): Promise<WebhookDeliveryDto> {
  const { db, requestId } = deps;
  return db.$transaction(async (tx) => {
    const webhook = await lockWebhook(tx, id);
    const deliveryId = randomUUID();
    const payload = {
      id: deliveryId,
      event: webhookEvents.PING.name,
      occurredAt: new Date().toISOString(),
      datasetId: webhook.datasetId,
      actorId: actor.id,
      entity: { type: 'Webhook', id: webhook.id },
      data: { url: webhook.url, events: webhook.events.map((e) => webhookEvents[e].name) },
      previous: null,
    };
    const delivery = await tx.webhookDelivery.create({
      data: { id: deliveryId, webhookId: id, event: 'PING', payload },
      select: webhookDeliverySelect,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'webhook.ping',
      entityType: 'Webhook',
      entityId: id,
      after: { deliveryId },
      requestId,
    });
    await wakeWorkers(tx);
    return delivery;
  });
}

/**
 * A new delivery (new id, new attempts) with exactly the payload of an earlier one: receivers get
 * the same body, told apart by the X-Hep2-Delivery header.
 */
export async function redeliverWebhookDelivery(
  deps: ServiceDeps,
  actor: Actor,
  deliveryId: string,
): Promise<WebhookDeliveryDto> {
  const { db, requestId } = deps;
  return db.$transaction(async (tx) => {
    const original = isUuid(deliveryId)
      ? await tx.webhookDelivery.findUnique({
          where: { id: deliveryId },
          select: { webhookId: true, event: true, auditLogId: true, payload: true },
        })
      : null;
    if (!original) throw notFound('Webhook delivery', deliveryId);
    const delivery = await tx.webhookDelivery.create({
      data: {
        webhookId: original.webhookId,
        event: original.event,
        auditLogId: original.auditLogId,
        payload: original.payload as Prisma.InputJsonValue,
      },
      select: webhookDeliverySelect,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'webhook.redeliver',
      entityType: 'Webhook',
      entityId: original.webhookId,
      after: { deliveryId: delivery.id, redeliveryOf: deliveryId },
      requestId,
    });
    await wakeWorkers(tx);
    return delivery;
  });
}
