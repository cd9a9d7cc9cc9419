import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { gql, startTestApi, type TestApi } from './support/test-api';

const INTROSPECT = '{__schema{queryType{name}}}';

/** The errors a query gets over graphql-ws (empty when it ran). */
function overWebSocket(api: TestApi, query: string): Promise<unknown[]> {
  const client = createClient({ url: api.wsUrl, webSocketImpl: WebSocket, retryAttempts: 0 });
  return new Promise<unknown[]>((resolve) => {
    client.subscribe(
      { query },
      {
        next: (result) => resolve([...(result.errors ?? [])]),
        error: (errors) => resolve(Array.isArray(errors) ? errors : [errors]),
        complete: () => resolve([]),
      },
    );
  }).finally(() => client.dispose());
}

describe('API security headers', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.stop());

  it.each([
    ['/graphql', 'POST'],
    ['/readyz', 'GET'],
  ])('%s answers with a no-content CSP, no framing, nosniff and no referrer', async (path, method) => {
    const response = await fetch(`${api.base}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: method === 'POST' ? JSON.stringify({ query: '{__typename}' }) : undefined,
    });
    await response.arrayBuffer();
    expect(response.headers.get('content-security-policy')).toMatch(
      /default-src 'none'.*frame-ancestors 'none'/,
    );
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    // HSTS only behind HTTPS (SECURE_COOKIES)
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });
});

describe('introspection', () => {
  let development: TestApi;
  let production: TestApi;
  let productionOptIn: TestApi;
  beforeAll(async () => {
    [development, production, productionOptIn] = await Promise.all([
      startTestApi({ NODE_ENV: 'test' }),
      startTestApi({ NODE_ENV: 'production' }),
      startTestApi({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' }),
    ]);
  });
  afterAll(() => Promise.all([development?.stop(), production?.stop(), productionOptIn?.stop()]));

  it('is on outside production (the web codegen reads the committed schema.graphql, not the API)', async () => {
    const r = await gql<{ __schema: { queryType: { name: string } } }>(development.url, INTROSPECT);
    expect(r.data?.__schema.queryType.name).toBe('Query');
  });

  it('is off by default with NODE_ENV=production, over HTTP and over WebSocket', async () => {
    const r = await gql(production.url, INTROSPECT);
    expect(r.data).toBeUndefined();
    expect(r.errors?.[0]?.message).toMatch(/introspection/i);
    const ws = await overWebSocket(production, INTROSPECT);
    expect(JSON.stringify(ws)).toMatch(/introspection/i);
    // ordinary operations still run over both
    expect((await gql(production.url, '{__typename}')).errors).toBeUndefined();
    expect(await overWebSocket(production, '{__typename}')).toEqual([]);
  });

  it('GRAPHQL_INTROSPECTION=true turns it back on in production', async () => {
    const r = await gql<{ __schema: { queryType: { name: string } } }>(productionOptIn.url, INTROSPECT);
    expect(r.data?.__schema.queryType.name).toBe('Query');
  });
});
