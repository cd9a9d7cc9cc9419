import { Client, cacheExchange, fetchExchange, subscriptionExchange } from '@urql/core';
import { createClient as createWsClient } from 'graphql-ws';

/** The GraphQL endpoint on this origin (server.ts forwards HTTP and WebSocket to the API). */
export function websocketUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
}

const MAX_RECONNECT_WAIT_MS = 10_000;

/** 1 s, 2 s, 4 s ... at most 10 s, with jitter so that tabs do not reconnect in step. */
export function reconnectWait(retries: number): Promise<void> {
  const ms = Math.min(MAX_RECONNECT_WAIT_MS, 1000 * 2 ** retries) * (0.75 + Math.random() * 0.5);
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * One urql client per browser tab. POST only: Apollo's CSRF protection refuses GET without a
 * preflight header. Subscriptions run over graphql-ws, opened lazily on the first subscription.
 */
export function createGraphqlClient(): Client {
  const exchanges = [cacheExchange, fetchExchange];
  if (typeof window !== 'undefined') {
    const ws = createWsClient({
      url: websocketUrl(window.location),
      lazy: true,
      // A labelling tab stays open all day: live updates must come back after an API or database
      // restart of any length, without a reload (the API closes with 1013 while its database is away).
      retryAttempts: Number.POSITIVE_INFINITY,
      retryWait: reconnectWait,
    });
    exchanges.push(
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({
            unsubscribe: ws.subscribe({ ...request, query: request.query ?? '' }, sink),
          }),
        }),
      }),
    );
  }
  return new Client({
    url: '/graphql',
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    fetchOptions: { credentials: 'same-origin' },
    exchanges,
  });
}
