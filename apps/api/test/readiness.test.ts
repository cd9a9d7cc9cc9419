import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, startTestApi, type TestApi } from './support/test-api';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api?.stop();
});

/** /readyz after the 1 s the health answer is shared for (health.service.ts). */
async function readyAfterCache(): Promise<{ status: number; body: Record<string, unknown> }> {
  await new Promise((resolve) => setTimeout(resolve, 1100));
  const response = await fetch(`${api.base}/readyz`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('readiness', () => {
  it('is ready when Postgres, the object store and the event bus all answer', async () => {
    const ready = await readyAfterCache();
    expect(ready).toMatchObject({
      status: 200,
      body: { ok: true, database: true, objectStore: true, events: true },
    });
    const health = await gql<{ health: { ok: boolean; events: boolean } }>(api.url, '{health{ok events}}');
    expect(health.data?.health).toEqual({ ok: true, events: true });
  });

  it('is not ready while the event bus does not listen (the gap after a database restart)', async () => {
    // Stopping the bus is what a lost LISTEN connection looks like from here: requests still work,
    // events would reach no subscriber.
    await api.services.events.stop();
    const gap = await readyAfterCache();
    expect(gap).toMatchObject({
      status: 503,
      body: { ok: false, database: true, objectStore: true, events: false },
    });
    // The requests themselves are still served.
    const viewer = await gql<{ health: { database: boolean } }>(api.url, '{health{database}}');
    expect(viewer.data?.health.database).toBe(true);
  });
});
