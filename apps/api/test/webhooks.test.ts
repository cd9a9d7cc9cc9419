import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webhookEvents } from '../src/features/webhooks/webhook-events';
import { verifyWebhookSignature } from '../src/features/webhooks/webhook-signature';
import { createSignedInUser, gql, type TestApi, type TestUser } from './support/test-api';
import { WebhookReceiver, waitFor } from './support/webhook-receiver';
import {
  createWebhookAs,
  DELIVERY_FIELDS,
  deliveriesOf,
  pingAs,
  startWebhookTestApi,
} from './support/webhook-test-api';
import { claim, SAVE, SUBMIT, seedWorkflowDataset } from './support/workflow-fixtures';

/*
 * Webhooks end to end: audited changes -> the AuditLog trigger queues deliveries in the change's
 * transaction -> the API's worker POSTs them, signed, to a real HTTP receiver in this process.
 */

let api: TestApi;
let receiver: WebhookReceiver;
let admin: TestUser;

beforeAll(async () => {
  receiver = await new WebhookReceiver().start();
  // the receiver listens on 127.0.0.1, which the default refuses (webhooks-ssrf.test.ts)
  api = await startWebhookTestApi({
    WEBHOOK_ALLOW_PRIVATE: 'true',
    WEBHOOK_POLL_MS: '100',
    WEBHOOK_RETRY_BASE_MS: '50',
  });
  admin = await createSignedInUser(api, 'ADMIN');
});
afterAll(async () => {
  await api?.stop();
  await receiver?.stop();
});

const deliveryRows = (webhookId: string) =>
  api.db.webhookDelivery.findMany({ where: { webhookId }, orderBy: { createdAt: 'asc' } });

/** An annotator claims the next patch of the dataset and submits a pattern for it. */
async function submitOne(datasetId: string, patternClassId: string) {
  const annotator = await createSignedInUser(api, 'ANNOTATOR');
  const lease = (await claim(api, annotator.token, datasetId)).data?.claimNext.lease;
  if (!lease) throw new Error('nothing to claim');
  const submitted = await gql<{ submitAnnotation: { id: string; version: number } }>(
    api.url,
    SUBMIT,
    { i: { patchId: lease.patchId, leaseId: lease.id, patternClassId } },
    annotator.token,
  );
  if (!submitted.data) throw new Error(`submit failed: ${JSON.stringify(submitted.errors)}`);
  return { annotator, lease, annotationId: submitted.data.submitAnnotation.id };
}

describe('the event table', () => {
  it('agrees with the SQL functions the trigger uses', async () => {
    for (const [event, { actions, name }] of Object.entries(webhookEvents)) {
      for (const action of actions) {
        const rows = await api.db.$queryRaw<{ event: string }[]>`
          select webhook_event_of_action(${action})::text as event`;
        expect(rows[0]?.event, action).toBe(event);
      }
      const named = await api.db.$queryRaw<{ name: string }[]>`
        select webhook_event_name(${event}::"WebhookEvent") as name`;
      expect(named[0]?.name).toBe(name);
    }
    const unmapped = await api.db.$queryRaw<{ event: string | null }[]>`
      select webhook_event_of_action('patch.claim')::text as event`;
    expect(unmapped[0]?.event).toBeNull();
  });
});

describe('an annotator submits a patch', () => {
  it('sends one signed annotation.submitted POST in the documented format, logged as SUCCEEDED', async () => {
    const ds = await seedWorkflowDataset(api.db, { patches: 2 });
    const { webhook, secret } = await createWebhookAs(api, admin.token, {
      url: receiver.url('/submit'),
      events: ['ANNOTATION_SUBMITTED'],
      datasetId: ds.datasetId,
      description: 'LIMS',
    });
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(webhook).toMatchObject({ secretPrefix: secret.slice(0, 10), dataset: { id: ds.datasetId } });

    const { annotator, lease, annotationId } = await submitOne(ds.datasetId, ds.patterns[0]!.id);
    const [request] = await waitFor(
      'the POST',
      () => receiver.received('/submit').length === 1 && receiver.received('/submit'),
    );
    const { deliveries, webhook: after } = await waitFor('SUCCEEDED', async () => {
      const log = await deliveriesOf(api, admin.token, webhook.id);
      return log.deliveries[0]?.status === 'SUCCEEDED' && log;
    });
    expect(receiver.received('/submit')).toHaveLength(1);
    expect(deliveries).toHaveLength(1);
    const delivery = deliveries[0]!;

    expect(request!.method).toBe('POST');
    expect(request!.headers).toMatchObject({
      'content-type': 'application/json',
      'user-agent': 'hep2-webhooks/1',
      'x-hep2-event': 'annotation.submitted',
      'x-hep2-delivery': delivery.id,
    });
    const signature = request!.headers['x-hep2-signature'] as string;
    expect(signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature(secret, signature, request!.body, 300)).toBe(true);
    expect(
      verifyWebhookSignature(secret, signature, request!.body.replace('SUBMITTED', 'APPROVED'), 300),
    ).toBe(false);

    const body = JSON.parse(request!.body);
    expect(Object.keys(body)).toEqual([
      'id',
      'event',
      'occurredAt',
      'datasetId',
      'actorId',
      'entity',
      'data',
      'previous',
    ]);
    expect(body).toMatchObject({
      id: delivery.id,
      event: 'annotation.submitted',
      datasetId: ds.datasetId,
      actorId: annotator.id,
      entity: { type: 'Annotation', id: annotationId },
      data: { status: 'SUBMITTED', version: 1, patchId: lease.patchId, patchStatus: 'SUBMITTED' },
      previous: null,
    });
    expect(new Date(body.occurredAt).toISOString()).toBe(body.occurredAt);
    expect(delivery).toMatchObject({
      event: 'ANNOTATION_SUBMITTED',
      attempts: 1,
      responseStatus: 200,
      responseBody: 'answer 200',
      error: null,
      nextAttemptAt: null,
    });
    expect(delivery.payload).toEqual(body);
    expect(delivery.deliveredAt).not.toBeNull();
    expect(after).toMatchObject({ lastDeliveryStatus: 'SUCCEEDED', failedDeliveries: 0 });
    expect(after.lastDeliveryAt).toBe(delivery.createdAt);
  });

  it('sends nothing for a change that did not commit', async () => {
    const ds = await seedWorkflowDataset(api.db, { patches: 1 });
    const { webhook } = await createWebhookAs(api, admin.token, {
      url: receiver.url('/rollback'),
      events: ['ANNOTATION_SUBMITTED'],
    });
    // a refused submission (stale version) writes nothing
    const annotator = await createSignedInUser(api, 'ANNOTATOR');
    const lease = (await claim(api, annotator.token, ds.datasetId)).data!.claimNext.lease;
    const base = { patchId: lease.patchId, leaseId: lease.id, patternClassId: ds.patterns[0]!.id };
    expect((await gql(api.url, SAVE, { i: base }, annotator.token)).errors).toBeUndefined();
    const stale = await gql(api.url, SUBMIT, { i: { ...base, version: 0 } }, annotator.token);
    expect(stale.errors?.[0]?.extensions?.code).toBe('STALE_VERSION');
    // an audited change whose transaction rolls back takes its queued deliveries with it
    await expect(
      api.db.$transaction(async (tx) => {
        await tx.auditLog.create({
          data: { action: 'annotation.submit', entityType: 'Annotation', entityId: lease.patchId },
        });
        expect(await tx.webhookDelivery.count({ where: { webhookId: webhook.id } })).toBe(1);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await deliveryRows(webhook.id)).toEqual([]);
    await new Promise((r) => setTimeout(r, 300));
    expect(receiver.received('/rollback')).toEqual([]);
  });
});

describe('who gets what', () => {
  it('honours dataset scope, active and the subscribed events', async () => {
    const a = await seedWorkflowDataset(api.db, { patches: 1 });
    const b = await seedWorkflowDataset(api.db, { patches: 1 });
    const hook = (path: string, events: string[], datasetId?: string) =>
      createWebhookAs(api, admin.token, { url: receiver.url(path), events, datasetId });
    const scopedA = await hook('/scope-a', ['ANNOTATION_SUBMITTED', 'PATCH_APPROVED'], a.datasetId);
    const scopedB = await hook('/scope-b', ['ANNOTATION_SUBMITTED'], b.datasetId);
    const everywhere = await hook('/scope-all', ['ANNOTATION_SUBMITTED']);
    const otherEvent = await hook('/scope-other', ['PATCH_REJECTED', 'IMPORT_FINISHED']);
    const inactive = await hook('/scope-inactive', ['ANNOTATION_SUBMITTED']);
    const paused = await gql<{ updateWebhook: { active: boolean } }>(
      api.url,
      'mutation($id:ID!,$i:UpdateWebhookInput!){updateWebhook(id:$id,input:$i){active}}',
      { id: inactive.webhook.id, i: { active: false } },
      admin.token,
    );
    expect(paused.data?.updateWebhook.active).toBe(false);

    // deliveries are queued in the change's own transaction: the rows exist once the mutation answered
    const submitted = await submitOne(a.datasetId, a.patterns[1]!.id);
    const curator = await createSignedInUser(api, 'CURATOR');
    const approved = await gql(
      api.url,
      'mutation($p:ID!){approvePatch(patchId:$p){id status}}',
      { p: submitted.lease.patchId },
      curator.token,
    );
    expect(approved.errors).toBeUndefined();

    const events = async (id: string) => (await deliveryRows(id)).map((d) => d.event);
    expect(await events(scopedA.webhook.id)).toEqual(['ANNOTATION_SUBMITTED', 'PATCH_APPROVED']);
    expect(await events(everywhere.webhook.id)).toEqual(['ANNOTATION_SUBMITTED']);
    expect(await events(scopedB.webhook.id)).toEqual([]);
    expect(await events(otherEvent.webhook.id)).toEqual([]);
    expect(await events(inactive.webhook.id)).toEqual([]);

    const approvedPost = await waitFor('patch.approved', () =>
      receiver.received('/scope-a').find((r) => r.headers['x-hep2-event'] === 'patch.approved'),
    );
    expect(JSON.parse(approvedPost.body)).toMatchObject({
      event: 'patch.approved',
      datasetId: a.datasetId,
      actorId: curator.id,
      entity: { type: 'Patch', id: submitted.lease.patchId },
      data: { status: 'APPROVED', annotationId: submitted.annotationId },
      previous: { status: 'SUBMITTED' },
    });
    await waitFor('the unscoped POST', () => receiver.received('/scope-all').length === 1);
    expect(receiver.received('/scope-b')).toEqual([]);
    expect(receiver.received('/scope-inactive')).toEqual([]);
  });

  it('a queued training run cancelled by an admin is a TRAINING_RUN_FINISHED delivery', async () => {
    const ds = await seedWorkflowDataset(api.db, { patches: 1 });
    const { webhook } = await createWebhookAs(api, admin.token, {
      url: receiver.url('/training'),
      events: ['TRAINING_RUN_FINISHED'],
      datasetId: ds.datasetId,
    });
    const run = await api.db.trainingRun.create({
      data: { datasetId: ds.datasetId, trigger: 'MANUAL', config: {} },
      select: { id: true },
    });
    const cancelled = await gql(
      api.url,
      'mutation($id:ID!){cancelTrainingRun(id:$id){status}}',
      { id: run.id },
      admin.token,
    );
    expect(cancelled.data).toEqual({ cancelTrainingRun: { status: 'CANCELLED' } });
    const rows = await deliveryRows(webhook.id);
    expect(rows.map((r) => r.event)).toEqual(['TRAINING_RUN_FINISHED']);
    expect(rows[0]!.payload).toMatchObject({
      event: 'training_run.finished',
      datasetId: ds.datasetId,
      entity: { type: 'TrainingRun', id: run.id },
      data: { status: 'CANCELLED' },
    });
  });
});

describe('ping, redelivery and secret rotation', () => {
  it('pings, redelivers the same payload under a new id, and signs with the rotated secret', async () => {
    const { webhook, secret } = await createWebhookAs(api, admin.token, {
      url: receiver.url('/ping'),
      events: ['MODEL_PROMOTED'],
    });
    const ping = await pingAs(api, admin.token, webhook.id);
    expect(ping).toMatchObject({ event: 'PING', status: 'PENDING', attempts: 0 });
    const first = await waitFor('the ping', () => receiver.received('/ping')[0]);
    expect(first.headers['x-hep2-event']).toBe('ping');
    expect(JSON.parse(first.body)).toMatchObject({
      id: ping.id,
      event: 'ping',
      actorId: admin.id,
      entity: { type: 'Webhook', id: webhook.id },
      previous: null,
    });
    expect(verifyWebhookSignature(secret, first.headers['x-hep2-signature'] as string, first.body)).toBe(
      true,
    );

    const redelivered = await gql<{ redeliverWebhookDelivery: { id: string; payload: unknown } }>(
      api.url,
      `mutation($id:ID!){redeliverWebhookDelivery(id:$id){${DELIVERY_FIELDS}}}`,
      { id: ping.id },
      admin.token,
    );
    const copy = redelivered.data!.redeliverWebhookDelivery;
    expect(copy.id).not.toBe(ping.id);
    expect(copy.payload).toEqual(ping.payload);
    const second = await waitFor('the redelivery', () => receiver.received('/ping')[1]);
    expect(second.headers['x-hep2-delivery']).toBe(copy.id);
    expect(second.body).toBe(first.body);

    const rotated = await gql<{ rotateWebhookSecret: { secret: string; webhook: { secretPrefix: string } } }>(
      api.url,
      'mutation($id:ID!){rotateWebhookSecret(id:$id){secret webhook{secretPrefix}}}',
      { id: webhook.id },
      admin.token,
    );
    const newSecret = rotated.data!.rotateWebhookSecret.secret;
    expect(newSecret).not.toBe(secret);
    expect(rotated.data!.rotateWebhookSecret.webhook.secretPrefix).toBe(newSecret.slice(0, 10));
    await pingAs(api, admin.token, webhook.id);
    const third = await waitFor('the ping after rotation', () => receiver.received('/ping')[2]);
    const signature = third.headers['x-hep2-signature'] as string;
    expect(verifyWebhookSignature(newSecret, signature, third.body)).toBe(true);
    expect(verifyWebhookSignature(secret, signature, third.body)).toBe(false);

    const trail = await api.db.auditLog.findMany({
      where: { entityType: 'Webhook', entityId: webhook.id },
      orderBy: { id: 'asc' },
    });
    expect(trail.map((t) => t.action)).toEqual([
      'webhook.create',
      'webhook.ping',
      'webhook.redeliver',
      'webhook.rotate_secret',
      'webhook.ping',
    ]);
    const written = JSON.stringify(trail.map((t) => [t.before, t.after]));
    expect(written).not.toContain(secret);
    expect(written).not.toContain(newSecret);
  });

  it('deletes a webhook with its deliveries; unknown ids are NOT_FOUND', async () => {
    const { webhook } = await createWebhookAs(api, admin.token, {
      url: receiver.url('/deleted'),
      events: ['DATASET_EXPORTED'],
    });
    const ping = await pingAs(api, admin.token, webhook.id);
    const deleted = await gql(
      api.url,
      'mutation($id:ID!){deleteWebhook(id:$id)}',
      { id: webhook.id },
      admin.token,
    );
    expect(deleted.data).toEqual({ deleteWebhook: webhook.id });
    expect(await api.db.webhookDelivery.count({ where: { id: ping.id } })).toBe(0);
    const gone = await gql(api.url, 'query($id:ID!){webhook(id:$id){id}}', { id: webhook.id }, admin.token);
    expect(gone.data).toEqual({ webhook: null });
    for (const mutation of [
      'mutation($id:ID!){deleteWebhook(id:$id)}',
      'mutation($id:ID!){pingWebhook(id:$id){id}}',
      'mutation($id:ID!){rotateWebhookSecret(id:$id){secret}}',
      'mutation($id:ID!){updateWebhook(id:$id,input:{active:true}){id}}',
      'mutation($id:ID!){redeliverWebhookDelivery(id:$id){id}}',
    ]) {
      for (const id of [webhook.id, randomUUID()]) {
        const result = await gql(api.url, mutation, { id }, admin.token);
        expect(result.errors?.[0]?.extensions?.code, `${mutation} ${id}`).toBe('NOT_FOUND');
      }
      // Not an id at all: refused before any lookup.
      const malformed = await gql(api.url, mutation, { id: 'not-an-id' }, admin.token);
      expect(malformed.errors?.[0]?.extensions?.code, mutation).toBe('BAD_USER_INPUT');
    }
  });
});

describe('refusals', () => {
  it('refuses bad input with a clear error and creates nothing', async () => {
    const count = () => api.db.webhook.count();
    const before = await count();
    const create = (input: Record<string, unknown>) =>
      gql(
        api.url,
        'mutation($i:CreateWebhookInput!){createWebhook(input:$i){secret}}',
        { i: { url: receiver.url('/x'), events: ['PING'], ...input } },
        admin.token,
      );
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ url: 'ftp://lims.example/hook' }, 'VALIDATION_FAILED', /^url: must use http or https, not ftp/],
      [
        { url: 'https://user:pw@lims.example/hook' },
        'VALIDATION_FAILED',
        /^url: must not contain a user name/,
      ],
      [{ url: 'lims/hook' }, 'VALIDATION_FAILED', /^url: must be an absolute/],
      [
        { url: `https://lims.example/${'a'.repeat(2048)}` },
        'VALIDATION_FAILED',
        /^url: must be at most 2048/,
      ],
      [{ events: [] }, 'VALIDATION_FAILED', /^events: subscribe to at least one event/],
      [{ description: 'd'.repeat(201) }, 'VALIDATION_FAILED', /^description: must be at most 200/],
      [{ datasetId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND', /Dataset .* does not exist/],
    ];
    for (const [input, code, message] of cases) {
      const result = await create(input);
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(input).slice(0, 80)).toBe(code);
      expect(result.errors?.[0]?.message).toMatch(message);
    }
    expect(await count()).toBe(before);

    const { webhook } = await createWebhookAs(api, admin.token, {
      url: receiver.url('/x'),
      events: ['PING'],
    });
    const update = await gql(
      api.url,
      'mutation($id:ID!,$i:UpdateWebhookInput!){updateWebhook(id:$id,input:$i){id}}',
      { id: webhook.id, i: { url: 'ftp://lims.example/hook', events: [] } },
      admin.token,
    );
    expect(update.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    const unchanged = await api.db.webhook.findUniqueOrThrow({ where: { id: webhook.id } });
    expect(unchanged).toMatchObject({ url: receiver.url('/x'), events: ['PING'] });
  });

  it('refuses annotators and curators on every webhook field', async () => {
    const { webhook } = await createWebhookAs(api, admin.token, {
      url: receiver.url('/roles'),
      events: ['PING'],
    });
    const ping = await pingAs(api, admin.token, webhook.id);
    const operations = [
      'query{webhooks{id}}',
      `query{webhook(id:"${webhook.id}"){id}}`,
      `mutation{createWebhook(input:{url:"${receiver.url('/roles')}",events:[PING]}){secret}}`,
      `mutation{updateWebhook(id:"${webhook.id}",input:{active:false}){id}}`,
      `mutation{rotateWebhookSecret(id:"${webhook.id}"){secret}}`,
      `mutation{deleteWebhook(id:"${webhook.id}")}`,
      `mutation{pingWebhook(id:"${webhook.id}"){id}}`,
      `mutation{redeliverWebhookDelivery(id:"${ping.id}"){id}}`,
    ];
    for (const role of ['ANNOTATOR', 'CURATOR'] as const) {
      const user = await createSignedInUser(api, role);
      for (const operation of operations) {
        const result = await gql(api.url, operation, {}, user.token);
        expect(result.errors?.[0]?.extensions?.code, `${role}: ${operation}`).toBe('FORBIDDEN');
        expect(Object.values(result.data ?? {}), `${role}: ${operation}`).toEqual(
          Object.values(result.data ?? {}).map(() => null),
        );
      }
    }
    const anonymous = await gql(api.url, 'query{webhooks{id}}');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const after = await api.db.webhook.findUniqueOrThrow({ where: { id: webhook.id } });
    expect(after.active).toBe(true);
    expect(await api.db.webhookDelivery.count({ where: { webhookId: webhook.id } })).toBe(1);
  });
});
