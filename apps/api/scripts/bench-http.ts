import { Agent, request } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';

/** A GraphQL answer with the HTTP status it came with. */
export interface GraphqlAnswer<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * GraphQL over plain node:http on kept-alive connections, as browsers keep theirs: the load generator
 * shares the 2 cores with the servers it measures, and global fetch cost ~0.35 ms more CPU per request
 * (a third of a millisecond, three times a loop, taken from the servers). `close` drops the pool.
 */
export function keepAlivePoster() {
  const agent = new Agent({ keepAlive: true });
  const post = <T = Record<string, unknown>>(
    url: string,
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
  ) => {
    const body = JSON.stringify({ query, variables });
    return new Promise<GraphqlAnswer<T>>((resolve, reject) => {
      const req = request(
        url,
        {
          method: 'POST',
          agent,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            text += chunk;
          });
          res.on('end', () => {
            try {
              resolve({
                status: res.statusCode ?? 0,
                ...(JSON.parse(text) as Omit<GraphqlAnswer<T>, 'status'>),
              });
            } catch {
              reject(new Error(`HTTP ${res.statusCode}: ${text.slice(0, 200)}`));
            }
          });
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  };
  return { post, close: () => agent.destroy() };
}

export type GraphqlPost = ReturnType<typeof keepAlivePoster>['post'];

/** Waits (up to a minute) until an API process started for a benchmark answers /readyz. */
export async function waitReady(base: string): Promise<void> {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/readyz`)).ok) return;
    } catch {}
    await sleep(500);
  }
  throw new Error('API did not become ready');
}
