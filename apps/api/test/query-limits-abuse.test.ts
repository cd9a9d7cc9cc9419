import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createSignedInUser, gql, startTestApi, type TestApi, type TestUser } from './support/test-api';
import { seedWorkflowDataset } from './support/workflow-fixtures';

/*
 * Requests that cost nothing to send and a lot to serve: many aliases of a field that checks the
 * database and the object store (public), or of per-dataset aggregates, and the same over graphql-ws.
 */
let api: TestApi;
let annotator: TestUser;
let storePings = 0;
beforeAll(async () => {
  api = await startTestApi();
  annotator = await createSignedInUser(api, 'ANNOTATOR');
  await seedWorkflowDataset(api.db, { patches: 3 });
  const store = api.services.store;
  const ping = store.ping.bind(store);
  store.ping = () => {
    storePings += 1;
    return ping();
  };
});
afterAll(async () => {
  await api.stop();
});

const aliases = (count: number, selection: string) =>
  `{${Array.from({ length: count }, (_, i) => `a${i}:${selection}`).join(' ')}}`;

async function median(samples: number, work: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)] as number;
}

describe('alias attacks', () => {
  it('refuses 1600 aliases of health before running any check', async () => {
    const before = storePings;
    const result = await gql(api.url, aliases(1600, 'health{ok}'));
    expect(result.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(result.status).toBe(400);
    expect(result.data).toBeUndefined();
    expect(storePings).toBe(before);
  });

  it('runs one health check for many aliases and concurrent requests; a viewer query stays fast', async () => {
    const viewer = () => gql(api.url, '{viewer{id}}', {}, annotator.token);
    const baseline = await median(15, viewer);
    const before = storePings;
    // the most the limits allow, three clients at once, back to back
    const allowed = aliases(100, 'health{ok database objectStore}');
    let attacking = true;
    const attacks = Array.from({ length: 3 }, async () => {
      let sent = 0;
      while (attacking) {
        const result = await gql<Record<string, { ok: boolean }>>(api.url, allowed);
        expect(result.errors).toBeUndefined();
        expect(Object.keys(result.data ?? {})).toHaveLength(100);
        sent += 1;
      }
      return sent;
    });
    const underAttack = await median(15, viewer);
    attacking = false;
    const sent = (await Promise.all(attacks)).reduce((a, b) => a + b, 0);
    const pings = storePings - before;
    console.log(
      `health aliases: ${sent} requests x 100 aliases -> ${pings} store checks; viewer median ` +
        `${baseline.toFixed(1)} ms alone, ${underAttack.toFixed(1)} ms under attack`,
    );
    // checks are bounded by time (one per second at most, plus one in flight), not by aliases
    expect(sent).toBeGreaterThan(0);
    expect(pings).toBeLessThanOrEqual(Math.ceil((underAttack * 15) / 1000) + 3);
    expect(pings).toBeLessThan(sent);
    expect(underAttack).toBeLessThan(Math.max(baseline, 1) * 30);
  });

  it('prices dataset stats and computes them once per dataset and request', async () => {
    const tooMany = await gql(api.url, aliases(1000, 'datasets{id stats{patches}}'), {}, annotator.token);
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    // 100 aliases pass the alias cap but not the cost limit: stats are priced as the queries they
    // run, for each dataset a list may hold; refused as a bad request (400), like a query too deep
    const costly = await gql(api.url, aliases(100, 'datasets{id stats{patches}}'), {}, annotator.token);
    expect(costly.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(costly.status).toBe(400);
    expect(costly.errors?.[0]?.extensions?.http).toBeUndefined();
    const allowed = await gql<Record<string, { id: string; stats: { patches: number } }[]>>(
      api.url,
      aliases(8, 'datasets{id stats{patches}}'),
      {},
      annotator.token,
    );
    expect(allowed.errors).toBeUndefined();
    const first = allowed.data?.a0 ?? [];
    expect(first.length).toBeGreaterThan(0);
    expect(allowed.data?.a7).toEqual(first);
  });

  it('takes the alias cap from MAX_QUERY_ALIASES', async () => {
    const strict = await startTestApi({ MAX_QUERY_ALIASES: '3' });
    try {
      const over = await gql(strict.url, aliases(4, 'health{ok}'));
      expect(over.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
      expect(over.status).toBe(400);
      const within = await gql(strict.url, aliases(3, 'health{ok}'));
      expect(within.errors).toBeUndefined();
    } finally {
      await strict.stop();
    }
  });
});

describe('limits over graphql-ws', () => {
  function subscribeErrors(query: string, token: string) {
    const client = createClient({
      url: api.wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
    });
    return new Promise<{ code?: string; message: string }[]>((resolve) => {
      client.subscribe(
        { query },
        {
          next: (result) => resolve((result.errors ?? []).map((e) => ({ message: e.message }))),
          error: (errors) => {
            const list = Array.isArray(errors) ? errors : [errors];
            resolve(
              list.map((e: { message?: string; extensions?: { code?: string } }) => ({
                message: String(e.message),
                code: e.extensions?.code,
              })),
            );
          },
          complete: () => resolve([]),
        },
      );
    }).finally(() => client.dispose());
  }

  it('refuses over a WebSocket what HTTP refuses as too complex', async () => {
    const curator = await createSignedInUser(api, 'CURATOR');
    const ds = await seedWorkflowDataset(api.db, { patches: 2 });
    const query = aliases(30, `patches(datasetId:"${ds.datasetId}",first:200){edges{node{id status}}}`);
    const http = await gql(api.url, query, {}, curator.token);
    expect(http.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    const ws = await subscribeErrors(query, curator.token);
    expect(ws[0]?.code).toBe('QUERY_TOO_COMPLEX');
    const wsAliases = await subscribeErrors(aliases(1600, 'health{ok}'), curator.token);
    expect(wsAliases[0]?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('still runs an allowed operation over a WebSocket', async () => {
    const ws = await subscribeErrors('{viewer{id}}', annotator.token);
    expect(ws).toEqual([]);
  });
});
