import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadApiConfig } from '../src/config';
import { guardedLookup } from '../src/features/webhooks/webhook-http';
import {
  type Resolve,
  refusedTarget,
  systemResolve,
  webhookTargetPolicy,
} from '../src/features/webhooks/webhook-targets';
import { WebhookWorker } from '../src/features/webhooks/webhook-worker';
import { createSignedInUser, gql, type TestApi, type TestUser } from './support/test-api';
import { WebhookReceiver, waitFor } from './support/webhook-receiver';
import { createWebhookAs, deliveriesOf, pingAs, startWebhookTestApi } from './support/webhook-test-api';

/**
 * Issue 22 item 5: webhooks must not be a way for an admin to reach (and read, through the delivery
 * log) the API's internal neighbours. Default settings throughout, except where a test shows the
 * documented way out. The receiver listens on 127.0.0.1: reaching it means the guard failed.
 */
let api: TestApi;
let receiver: WebhookReceiver;
let admin: TestUser;

beforeAll(async () => {
  receiver = await new WebhookReceiver().start();
  // no worker of its own: each test runs one, with the name resolution it needs
  api = await startWebhookTestApi({ WEBHOOK_WORKER: 'false', WEBHOOK_MAX_ATTEMPTS: '1' });
  admin = await createSignedInUser(api, 'ADMIN');
});
afterAll(async () => {
  await api?.stop();
  await receiver?.stop();
});

const CREATE = 'mutation($i:CreateWebhookInput!){createWebhook(input:$i){webhook{id}}}';
const portOf = (url: string | undefined) => new URL(url ?? '').port;

/** A name real DNS does not know, which the tests' resolver maps to the receiver's address. */
const REBIND_HOST = 'hooks.rebind.test';
const resolveRebind: Resolve = async (hostname) =>
  hostname === REBIND_HOST ? [{ address: '127.0.0.1', family: 4 }] : systemResolve(hostname);

/** Runs a delivery worker (config overrides, name resolution) around `work`. */
async function withWorker<T>(
  overrides: Record<string, string>,
  resolve: Resolve | undefined,
  work: () => Promise<T>,
): Promise<T> {
  const config = loadApiConfig({
    ...process.env,
    DATABASE_URL: api.config.DATABASE_URL,
    WEBHOOK_MAX_ATTEMPTS: '1',
    WEBHOOK_POLL_MS: '50',
    ...overrides,
  });
  const worker = new WebhookWorker({
    db: api.db,
    events: api.services.events,
    config,
    log: () => {},
    resolve,
  });
  worker.start();
  try {
    return await work();
  } finally {
    await worker.stop();
  }
}

/** A webhook row written directly, as one created before this rule (or under a setting since removed). */
async function storedWebhook(url: string): Promise<string> {
  const row = await api.db.webhook.create({
    data: { url, events: ['PING'], secret: 'whsec_test', createdById: admin.id },
    select: { id: true },
  });
  return row.id;
}

async function pingAndSettle(webhookId: string) {
  const ping = await pingAs(api, admin.token, webhookId);
  return waitFor('the ping to settle', async () => {
    const { deliveries } = await deliveriesOf(api, admin.token, webhookId);
    const delivery = deliveries.find((d) => d.id === ping.id);
    return delivery && delivery.status !== 'PENDING' && delivery.status !== 'SENDING' ? delivery : null;
  });
}

describe('creating a webhook', () => {
  it('refuses internal targets in every form, naming the field, and stores nothing', async () => {
    const internal = [
      api.url, // the API itself
      `http://127.0.0.1:${portOf(process.env.S3_ENDPOINT)}/`, // the object store
      `http://127.0.0.1:${portOf(process.env.DATABASE_URL)}/`, // Postgres
      'http://2130706433/', // 127.0.0.1 as one decimal number
      'http://0x7f000001/', // ... in hex
      'http://0x7f.1/', // ... short hex form
      'http://0177.0.0.1/', // ... octal
      'http://127.1/', // ... short form
      'http://[::1]/',
      'http://[::ffff:127.0.0.1]/', // IPv4-mapped IPv6
      'http://[0:0:0:0:0:0:0:1]/',
      'http://169.254.169.254/latest/meta-data/', // cloud metadata (link-local)
      'http://0.0.0.0/',
      'http://[::]/',
      'http://10.0.0.5/',
      'http://172.16.3.4/',
      'http://192.168.1.1/',
      'http://100.64.0.1/', // CGNAT
      'http://[fd12:3456::1]/', // unique local
      'http://[fe80::1]/',
      'http://224.0.0.1/', // multicast
      'http://[64:ff9b::7f00:1]/', // NAT64 of 127.0.0.1
      `http://localhost:${portOf(receiver.url('/'))}/`, // a name that resolves to loopback
      'http://LOCALHOST./',
    ];
    const before = await api.db.webhook.count();
    for (const url of internal) {
      const result = await gql(api.url, CREATE, { i: { url, events: ['PING'] } }, admin.token);
      expect(result.errors?.[0]?.extensions, url).toMatchObject({ code: 'VALIDATION_FAILED', field: 'url' });
      expect(result.errors?.[0]?.message, url).toMatch(/not a public address/);
    }
    expect(await api.db.webhook.count()).toBe(before);
  });

  it('refuses an update that points an existing webhook inside', async () => {
    const { webhook } = await createWebhookAs(api, admin.token, {
      url: `http://${REBIND_HOST}/hook`,
      events: ['PING'],
    });
    const result = await gql(
      api.url,
      'mutation($id:ID!,$i:UpdateWebhookInput!){updateWebhook(id:$id,input:$i){url}}',
      { id: webhook.id, i: { url: 'http://169.254.169.254/' } },
      admin.token,
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'url' });
    expect((await api.db.webhook.findUniqueOrThrow({ where: { id: webhook.id } })).url).toBe(
      `http://${REBIND_HOST}/hook`,
    );
  });

  it('accepts internal targets the settings allow (allow-list of hosts and ranges, or all)', async () => {
    const policy = (env: Record<string, string>) =>
      webhookTargetPolicy(loadApiConfig({ ...process.env, ...env }));
    const listed = policy({ WEBHOOK_ALLOWED_HOSTS: 'localhost, 10.0.0.0/8, fd00::/8' });
    expect(await refusedTarget(listed, new URL('http://localhost:8080/'))).toBeNull();
    expect(await refusedTarget(listed, new URL('http://10.1.2.3/'))).toBeNull();
    expect(await refusedTarget(listed, new URL('http://[fd00::7]/'))).toBeNull();
    expect(await refusedTarget(listed, new URL('http://127.0.0.1/'))).toMatch(/not a public address/);
    const all = policy({ WEBHOOK_ALLOW_PRIVATE: 'true' });
    expect(await refusedTarget(all, new URL('http://169.254.169.254/'))).toBeNull();
    expect(() => policy({ WEBHOOK_ALLOWED_HOSTS: '10.0.0.0/33' })).toThrow(/WEBHOOK_ALLOWED_HOSTS/);
  });
});

describe('sending', () => {
  it('a ping to a stored internal address is refused before connecting; the log shows no answer', async () => {
    const id = await storedWebhook(receiver.url('/stored-loopback'));
    const delivery = await withWorker({}, undefined, () => pingAndSettle(id));
    expect(delivery).toMatchObject({ status: 'FAILED', responseStatus: null, responseBody: null });
    expect(delivery.error).toMatch(/^refused: 127\.0\.0\.1 is not a public address/);
    expect(receiver.received('/stored-loopback')).toHaveLength(0);
  });

  it('a name is checked on the addresses it resolves to at send time (localhost)', async () => {
    const id = await storedWebhook(`http://localhost:${portOf(receiver.url('/'))}/stored-name`);
    const delivery = await withWorker({}, undefined, () => pingAndSettle(id));
    expect(delivery).toMatchObject({ status: 'FAILED', responseBody: null });
    expect(delivery.error).toMatch(/^refused: localhost: 127\.0\.0\.1 is not a public address/);
    expect(receiver.received('/stored-name')).toHaveLength(0);
  });

  it('DNS rebinding: a name accepted at creation that later resolves inside is refused', async () => {
    // accepted: real DNS does not resolve it (a name may not exist yet); every send checks again
    const { webhook } = await createWebhookAs(api, admin.token, {
      url: `http://${REBIND_HOST}:${portOf(receiver.url('/'))}/rebound`,
      events: ['PING'],
    });
    const delivery = await withWorker({}, resolveRebind, () => pingAndSettle(webhook.id));
    expect(delivery).toMatchObject({ status: 'FAILED', responseBody: null });
    expect(delivery.error).toMatch(/^refused: hooks\.rebind\.test: 127\.0\.0\.1 is not a public address/);
    expect(receiver.received('/rebound')).toHaveLength(0);

    // the same name, allow-listed: the send connects to exactly the address the lookup checked
    const allowed = await withWorker({ WEBHOOK_ALLOWED_HOSTS: REBIND_HOST }, resolveRebind, () =>
      pingAndSettle(webhook.id),
    );
    expect(allowed).toMatchObject({ status: 'SUCCEEDED', responseStatus: 200 });
    expect(receiver.received('/rebound')).toHaveLength(1);
  });

  it('a name with one public and one internal address is refused (every address is checked)', async () => {
    const policy = webhookTargetPolicy(loadApiConfig(process.env));
    const lookup = guardedLookup({
      policy,
      resolve: async () => [
        { address: '93.184.215.14', family: 4 },
        { address: '10.0.0.7', family: 4 },
      ],
    });
    const error = await new Promise<Error | null>((resolve) =>
      lookup('mixed.example', { all: true }, (e) => resolve(e)),
    );
    expect(error?.message).toMatch(/^refused: mixed\.example: 10\.0\.0\.7 is not a public address/);
    const publicOnly = guardedLookup({
      policy,
      resolve: async () => [{ address: '93.184.215.14', family: 4 }],
    });
    const answer = await new Promise<unknown>((resolve) =>
      publicOnly('public.example', { all: true }, (_e, addresses) => resolve(addresses)),
    );
    expect(answer).toEqual([{ address: '93.184.215.14', family: 4 }]);
  });
});
