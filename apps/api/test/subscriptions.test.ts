import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createSignedInUser, gql, startTestApi, type TestApi, uniqueEmail } from './support/test-api';

// Two API replicas on the same database: events travel through Postgres LISTEN/NOTIFY.
let first: TestApi;
let second: TestApi;
beforeAll(async () => {
  [first, second] = await Promise.all([startTestApi(), startTestApi()]);
});
afterAll(async () => {
  await Promise.all([first.stop(), second.stop()]);
});

function subscribeOnce<T>(
  url: string,
  token: string,
  query: string,
  match: (value: T) => boolean,
): { ready: Promise<void>; event: Promise<T> } {
  const client = createClient({
    url,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    lazy: false,
  });
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  client.on('connected', () => setTimeout(markReady, 200));
  const event = new Promise<T>((resolve, reject) => {
    const stop = client.subscribe<T>(
      { query },
      {
        next: (result) => {
          if (result.errors) reject(new Error(JSON.stringify(result.errors)));
          else if (result.data && match(result.data as T)) {
            stop();
            void client.dispose();
            resolve(result.data as T);
          }
        },
        error: reject,
        complete: () => {},
      },
    );
  });
  return { ready, event };
}

describe('subscriptions across API replicas', () => {
  it('a subscriber on one replica receives the event caused by a mutation on another', async () => {
    const admin = await createSignedInUser(first, 'ADMIN');
    const email = uniqueEmail('replicated');
    const { ready, event } = subscribeOnce<{
      auditAppended: { action: string; entityType: string; entityId: string };
    }>(
      first.wsUrl,
      admin.token,
      'subscription { auditAppended { action entityType entityId } }',
      (data) => data.auditAppended.action === 'user.create',
    );
    await ready;
    const created = await gql<{ createUser: { id: string } }>(
      second.url,
      'mutation($e:String!){createUser(email:$e,name:"Replica",role:ANNOTATOR,password:"long-enough-password"){id}}',
      { e: email },
      admin.token,
    );
    const received = await event;
    expect(received.auditAppended).toEqual({
      action: 'user.create',
      entityType: 'User',
      entityId: created.data?.createUser.id,
    });
  });

  it('refuses a subscription without the required role', async () => {
    const annotator = await createSignedInUser(first, 'ANNOTATOR');
    const { event } = subscribeOnce(
      first.wsUrl,
      annotator.token,
      'subscription { auditAppended { action } }',
      () => true,
    );
    await expect(event).rejects.toThrow(/FORBIDDEN|may not/);
  });
});
