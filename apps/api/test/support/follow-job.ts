import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { TestApi } from './test-api';

/**
 * Follows a background job (import or export) over its graphql-ws progress subscription until it
 * ends; returns every state seen.
 */
export function followJob<T extends { status: string }>(
  api: TestApi,
  token: string,
  subscription: 'importProgress' | 'exportProgress',
  jobId: string,
  fields: string,
): Promise<T[]> {
  const client = createClient({
    url: api.wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
  });
  const seen: T[] = [];
  return new Promise((resolve, reject) => {
    client.subscribe<Record<string, T>>(
      { query: `subscription($j:ID!){${subscription}(jobId:$j){${fields}}}`, variables: { j: jobId } },
      {
        next: (message) => {
          const job = message.data?.[subscription];
          if (!job) return reject(new Error(JSON.stringify(message.errors)));
          seen.push(job);
          if (job.status === 'SUCCEEDED' || job.status === 'FAILED') {
            void client.dispose();
            resolve(seen);
          }
        },
        error: reject,
        complete: () => {},
      },
    );
  });
}
