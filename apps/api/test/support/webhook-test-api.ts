import { applyMigrations, createScratchDatabase, prismaMigrationsDir } from '@hep2/db';
import type { ApiConfig } from '../../src/config';
import { gql, startTestApi, type TestApi } from './test-api';

/**
 * A test API on a database of its own. Every API process runs a webhook worker that claims any due
 * delivery in its database: on the shared test database, the APIs of test files running in
 * parallel (with default timeouts and retry delays) would send this file's deliveries.
 */
export async function startWebhookTestApi(
  overrides: Partial<Record<keyof ApiConfig, string>> = {},
): Promise<TestApi> {
  const scratch = await createScratchDatabase(process.env.DATABASE_URL as string, 'hep2_webhooks');
  try {
    await applyMigrations(scratch.url, prismaMigrationsDir, () => {});
    const api = await startTestApi({ DATABASE_URL: scratch.url, IMPORT_WORKER: 'false', ...overrides });
    return {
      ...api,
      stop: async () => {
        await api.stop();
        await scratch.drop();
      },
    };
  } catch (error) {
    await scratch.drop();
    throw error;
  }
}

export const WEBHOOK_FIELDS = `id url description events active secretPrefix createdAt
  lastDeliveryAt lastDeliveryStatus failedDeliveries dataset { id }`;
export const DELIVERY_FIELDS = `id event status attempts payload responseStatus responseBody error
  durationMs createdAt nextAttemptAt deliveredAt`;

export interface WebhookResult {
  id: string;
  url: string;
  description: string;
  events: string[];
  active: boolean;
  secretPrefix: string;
  lastDeliveryAt: string | null;
  lastDeliveryStatus: string | null;
  failedDeliveries: number;
  dataset: { id: string } | null;
}

export interface DeliveryResult {
  id: string;
  event: string;
  status: string;
  attempts: number;
  payload: Record<string, unknown>;
  responseStatus: number | null;
  responseBody: string | null;
  error: string | null;
  durationMs: number | null;
  createdAt: string;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
}

export async function createWebhookAs(
  api: TestApi,
  token: string,
  input: { url: string; events: string[]; datasetId?: string; description?: string },
) {
  const result = await gql<{ createWebhook: { webhook: WebhookResult; secret: string } }>(
    api.url,
    `mutation($i:CreateWebhookInput!){createWebhook(input:$i){secret webhook{${WEBHOOK_FIELDS}}}}`,
    { i: input },
    token,
  );
  if (!result.data) throw new Error(`createWebhook failed: ${JSON.stringify(result.errors)}`);
  return result.data.createWebhook;
}

/** The delivery log of a webhook, newest first. */
export async function deliveriesOf(api: TestApi, token: string, webhookId: string, status?: string) {
  const result = await gql<{
    webhook: WebhookResult & { deliveries: { edges: { node: DeliveryResult }[] } };
  }>(
    api.url,
    `query($id:ID!,$s:WebhookDeliveryStatus){webhook(id:$id){${WEBHOOK_FIELDS}
      deliveries(first:50,status:$s){edges{node{${DELIVERY_FIELDS}}}}}}`,
    { id: webhookId, s: status ?? null },
    token,
  );
  if (!result.data?.webhook) throw new Error(`webhook query failed: ${JSON.stringify(result.errors)}`);
  return {
    webhook: result.data.webhook,
    deliveries: result.data.webhook.deliveries.edges.map((e) => e.node),
  };
}

export async function pingAs(api: TestApi, token: string, webhookId: string): Promise<DeliveryResult> {
  const result = await gql<{ pingWebhook: DeliveryResult }>(
    api.url,
    `mutation($id:ID!){pingWebhook(id:$id){${DELIVERY_FIELDS}}}`,
    { id: webhookId },
    token,
  );
  if (!result.data) throw new Error(`pingWebhook failed: ${JSON.stringify(result.errors)}`);
  return result.data.pingWebhook;
}
