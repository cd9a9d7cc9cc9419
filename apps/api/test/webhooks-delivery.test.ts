import { type AddressInfo, createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteOldDeliveries } from '../src/features/webhooks/webhook-delivery.sql';
import { verifyWebhookSignature } from '../src/features/webhooks/webhook-signature';
import { WebhookWorker } from '../src/features/webhooks/webhook-worker';
import { createSignedInUser, type TestApi, type TestUser } from './support/test-api';
import { WebhookReceiver, waitFor } from './support/webhook-receiver';
import { createWebhookAs, deliveriesOf, pingAs, startWebhookTestApi } from './support/webhook-test-api';

/*
 * Delivery mechanics against a real local receiver that fails on purpose: retries with backoff,
 * giving up, timeouts, redirects, and a replica that died mid-send. Small delays so that it runs in
 * seconds: 3 attempts, retry base 30 ms, 400 ms timeout.
 */

let api: TestApi;
let receiver: WebhookReceiver;
let admin: TestUser;

beforeAll(async () => {
  receiver = await new WebhookReceiver().start();
  api = await startWebhookTestApi({
    // the receiver listens on 127.0.0.1, which the default refuses (webhooks-ssrf.test.ts)
    WEBHOOK_ALLOW_PRIVATE: 'true',
    WEBHOOK_POLL_MS: '100',
    WEBHOOK_RETRY_BASE_MS: '30',
    WEBHOOK_TIMEOUT_MS: '400',
    WEBHOOK_MAX_ATTEMPTS: '3',
  });
  admin = await createSignedInUser(api, 'ADMIN');
});
afterAll(async () => {
  await api?.stop();
  await receiver?.stop();
});

/** A port nothing listens on (one the system just handed out and took back). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function pingedHook(path: string) {
  const { webhook, secret } = await createWebhookAs(api, admin.token, {
    url: receiver.url(path),
    events: ['PING'],
  });
  const ping = await pingAs(api, admin.token, webhook.id);
  return { webhook, secret, ping };
}

/** The delivery's state once it is no longer PENDING or SENDING. */
async function settled(webhookId: string) {
  return waitFor('the delivery to settle', async () => {
    const log = await deliveriesOf(api, admin.token, webhookId);
    const delivery = log.deliveries[0];
    return delivery && ['SUCCEEDED', 'FAILED'].includes(delivery.status) && { ...log, delivery };
  });
}

describe('retries', () => {
  it('500, 500, then 200: three attempts of the same signed body, then SUCCEEDED', async () => {
    receiver.script('/flaky', 500, 500, 200);
    const { webhook, secret, ping } = await pingedHook('/flaky');
    const { delivery } = await settled(webhook.id);
    expect(delivery).toMatchObject({ id: ping.id, status: 'SUCCEEDED', attempts: 3, responseStatus: 200 });
    const requests = receiver.received('/flaky');
    expect(requests).toHaveLength(3);
    expect(new Set(requests.map((r) => r.body)).size).toBe(1);
    for (const request of requests) {
      expect(request.headers['x-hep2-delivery']).toBe(ping.id);
      expect(
        verifyWebhookSignature(secret, request.headers['x-hep2-signature'] as string, request.body),
      ).toBe(true);
    }
  });

  it('a receiver that always fails: FAILED after WEBHOOK_MAX_ATTEMPTS, reason and first 1 KB recorded', async () => {
    receiver.script('/down', { status: 500, body: 'x'.repeat(3000) });
    const { webhook } = await pingedHook('/down');
    const { delivery } = await settled(webhook.id);
    expect(delivery).toMatchObject({
      status: 'FAILED',
      attempts: 3,
      responseStatus: 500,
      error: 'HTTP 500',
      nextAttemptAt: null,
      deliveredAt: null,
    });
    expect(delivery.responseBody).toBe('x'.repeat(1024));
    expect(receiver.received('/down')).toHaveLength(3);
    // Read again: the webhook's summary fields and its log resolve by separate queries, so the read
    // that saw the delivery settle may have summed up the webhook while the last attempt was due.
    const { webhook: after } = await deliveriesOf(api, admin.token, webhook.id);
    expect(after).toMatchObject({ lastDeliveryStatus: 'FAILED', failedDeliveries: 1 });
    const failedOnly = await deliveriesOf(api, admin.token, webhook.id, 'FAILED');
    expect(failedOnly.deliveries.map((d) => d.id)).toEqual([delivery.id]);
    expect((await deliveriesOf(api, admin.token, webhook.id, 'SUCCEEDED')).deliveries).toEqual([]);
  });

  it('records a timeout when the receiver never answers', async () => {
    receiver.script('/hang', 'hang');
    const { webhook } = await pingedHook('/hang');
    const { delivery } = await settled(webhook.id);
    expect(delivery).toMatchObject({ status: 'FAILED', attempts: 3, responseStatus: null });
    expect(delivery.error).toBe('timed out after 400 ms');
    expect(delivery.durationMs).toBeGreaterThanOrEqual(350);
  });

  it('treats a redirect as a failure and does not follow it', async () => {
    receiver.script('/moved', { redirect: receiver.url('/moved-here') });
    const { webhook } = await pingedHook('/moved');
    const { delivery } = await settled(webhook.id);
    expect(delivery).toMatchObject({ status: 'FAILED', responseStatus: 302 });
    expect(delivery.error).toMatch(/^HTTP 302/);
    expect(receiver.received('/moved-here')).toEqual([]);
  });

  it('records a network error when nothing listens', async () => {
    const { webhook } = await createWebhookAs(api, admin.token, {
      url: `http://127.0.0.1:${await closedPort()}/nobody`,
      events: ['PING'],
    });
    await pingAs(api, admin.token, webhook.id);
    const { delivery } = await settled(webhook.id);
    expect(delivery).toMatchObject({ status: 'FAILED', responseStatus: null });
    expect(delivery.error).toMatch(/ECONNREFUSED/);
  });
});

describe('a replica that died mid-send', () => {
  it('leaves its delivery SENDING until the lock expires; then another worker sends it', async () => {
    const { webhook } = await createWebhookAs(api, admin.token, {
      url: receiver.url('/orphan'),
      events: ['PING'],
    });
    const payload = (id: string) => ({
      id,
      event: 'ping',
      occurredAt: new Date().toISOString(),
      datasetId: null,
      actorId: null,
      entity: { type: 'Webhook', id: webhook.id },
      data: {},
      previous: null,
    });
    const held = { id: crypto.randomUUID(), lockedUntil: new Date(Date.now() + 3_600_000) };
    const orphaned = { id: crypto.randomUUID(), lockedUntil: new Date(Date.now() - 1000) };
    for (const row of [held, orphaned]) {
      await api.db.webhookDelivery.create({
        data: {
          id: row.id,
          webhookId: webhook.id,
          event: 'PING',
          payload: payload(row.id),
          status: 'SENDING',
          attempts: 1,
          lockedUntil: row.lockedUntil,
        },
      });
    }
    const request = await waitFor('the orphan to be sent', () => receiver.received('/orphan')[0]);
    expect(request.headers['x-hep2-delivery']).toBe(orphaned.id);
    const sent = await waitFor('SUCCEEDED', async () => {
      const row = await api.db.webhookDelivery.findUniqueOrThrow({ where: { id: orphaned.id } });
      return row.status === 'SUCCEEDED' && row;
    });
    expect(sent).toMatchObject({ attempts: 2, lockedUntil: null });
    const still = await api.db.webhookDelivery.findUniqueOrThrow({ where: { id: held.id } });
    expect(still).toMatchObject({ status: 'SENDING', attempts: 1 });
    expect(receiver.received('/orphan')).toHaveLength(1);
  });
});

describe('shutting down', () => {
  it('interrupts a send in flight: the delivery is due again at once, the attempt not counted', async () => {
    const own = await startWebhookTestApi({ WEBHOOK_WORKER: 'false', WEBHOOK_ALLOW_PRIVATE: 'true' });
    try {
      const ownAdmin = await createSignedInUser(own, 'ADMIN');
      const worker = new WebhookWorker({
        db: own.db,
        events: own.services.events,
        config: { ...own.config, WEBHOOK_TIMEOUT_MS: 60_000, WEBHOOK_POLL_MS: 100 },
        log: () => {},
      });
      worker.start();
      receiver.script('/slow', 'hang');
      const { webhook } = await createWebhookAs(own, ownAdmin.token, {
        url: receiver.url('/slow'),
        events: ['PING'],
      });
      const ping = await pingAs(own, ownAdmin.token, webhook.id);
      await waitFor('the send to start', () => receiver.received('/slow').length === 1);
      expect(await own.db.webhookDelivery.findUniqueOrThrow({ where: { id: ping.id } })).toMatchObject({
        status: 'SENDING',
        attempts: 1,
      });
      await worker.stop();
      expect(await own.db.webhookDelivery.findUniqueOrThrow({ where: { id: ping.id } })).toMatchObject({
        status: 'PENDING',
        attempts: 0,
        lockedUntil: null,
        error: null,
      });
    } finally {
      await own.stop();
    }
  });
});

describe('retention', () => {
  it('deletes deliveries older than WEBHOOK_RETENTION_DAYS, whatever their status', async () => {
    const { webhook } = await createWebhookAs(api, admin.token, {
      url: receiver.url('/old'),
      events: ['PING'],
    });
    const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
    const rows = [
      { status: 'SUCCEEDED' as const, createdAt: daysAgo(31) },
      { status: 'FAILED' as const, createdAt: daysAgo(40) },
      { status: 'SUCCEEDED' as const, createdAt: daysAgo(29) },
    ];
    const ids: string[] = [];
    for (const row of rows) {
      const created = await api.db.webhookDelivery.create({
        data: { webhookId: webhook.id, event: 'PING', payload: {}, ...row },
        select: { id: true },
      });
      ids.push(created.id);
    }
    expect(await deleteOldDeliveries(api.db, 30)).toBe(2);
    const left = await api.db.webhookDelivery.findMany({
      where: { webhookId: webhook.id },
      select: { id: true },
    });
    expect(left.map((d) => d.id)).toEqual([ids[2]]);
  });
});
