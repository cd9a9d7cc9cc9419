import { Client, cacheExchange, fetchExchange, subscriptionExchange } from '@urql/core';
import { createClient as createWsClient } from 'graphql-ws';

/** The GraphQL endpoint on this origin (server.ts forwards HTTP and WebSocket to the API). */
export function websocketUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
}

/**
 * One urql client per browser tab. POST only: Apollo's CSRF protection refuses GET without a
 * preflight header. Subscriptions run over graphql-ws, opened lazily on the first subscription.
 */
export function createGraphqlClient(): Client {
  const exchanges = [cacheExchange, fetchExchange];
  if (typeof window !== 'undefined') {
    const ws = createWsClient({ url: websocketUrl(window.location), lazy: true, retryAttempts: 5 });
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
