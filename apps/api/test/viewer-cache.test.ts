import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ViewerCache, type ViewerEvents } from '../src/features/accounts/viewer-cache';
import type { Viewer } from '../src/graphql/context';
import { createSignedInUser, gql, startTestApi, type TestApi } from './support/test-api';
import { countStatements } from './support/workflow-query-counter';

/*
 * Two replicas on one database, each keeping resolved viewers for 300 s: a session or role change
 * seen within that time can only come from the database's change events.
 */
let first: TestApi;
let second: TestApi;
beforeAll(async () => {
  [first, second] = await Promise.all([
    startTestApi({ VIEWER_CACHE_SECONDS: '300' }),
    startTestApi({ VIEWER_CACHE_SECONDS: '300' }),
  ]);
});
afterAll(async () => {
  await Promise.all([first.stop(), second.stop()]);
});

const USERS = '{users(first:1){edges{node{id}}}}';
const signedIn = async (api: TestApi, token: string) =>
  (await gql<{ users: unknown }>(api.url, USERS, {}, token)).errors?.[0]?.extensions?.code ?? 'OK';

/** Polls until `check` holds (events arrive milliseconds after commit), failing after 3 s. */
async function eventually(check: () => Promise<boolean>): Promise<number> {
  const started = performance.now();
  while (!(await check())) {
    if (performance.now() - started > 3000) throw new Error('not within 3 s');
    await sleep(5);
  }
  return performance.now() - started;
}

const sessionLookups = (statements: string[]) =>
  statements.filter((s) => s.includes('as "sessionId"')).length;

describe('viewer cache across replicas', () => {
  it('a signed-in request resolves its viewer from the database once, then from the cache', async () => {
    const admin = await createSignedInUser(first, 'ADMIN');
    const cold = await countStatements(() => signedIn(first, admin.token));
    const warm = await countStatements(() => signedIn(first, admin.token));
    expect([cold.result, warm.result]).toEqual(['OK', 'OK']);
    expect(sessionLookups(cold.statements)).toBe(1);
    expect(sessionLookups(warm.statements)).toBe(0);
  });

  it('sign-out ends the session at once on its replica and within milliseconds on the other', async () => {
    const admin = await createSignedInUser(first, 'ADMIN');
    expect(await signedIn(first, admin.token)).toBe('OK');
    expect(await signedIn(second, admin.token)).toBe('OK');
    await gql(first.url, 'mutation{signOut}', {}, admin.token);
    expect(await signedIn(first, admin.token)).toBe('UNAUTHENTICATED');
    const lag = await eventually(async () => (await signedIn(second, admin.token)) === 'UNAUTHENTICATED');
    expect(lag).toBeLessThan(3000);
  });

  it('deactivation by an admin on one replica signs the user out on the other', async () => {
    const admin = await createSignedInUser(first, 'ADMIN');
    const colleague = await createSignedInUser(first, 'ADMIN', 'soon-inactive');
    expect(await signedIn(second, colleague.token)).toBe('OK');
    const off = await gql(
      first.url,
      'mutation($id:ID!){updateUser(id:$id,active:false){active}}',
      { id: colleague.id },
      admin.token,
    );
    expect(off.errors).toBeUndefined();
    await eventually(async () => (await signedIn(second, colleague.token)) === 'UNAUTHENTICATED');
  });

  it('a demotion written outside the API (SQL) reaches every replica', async () => {
    const admin = await createSignedInUser(first, 'ADMIN', 'demoted');
    expect(await signedIn(first, admin.token)).toBe('OK');
    expect(await signedIn(second, admin.token)).toBe('OK');
    await first.db.$executeRaw`update "User" set role = 'ANNOTATOR' where id = ${admin.id}::uuid`;
    await eventually(async () => (await signedIn(first, admin.token)) === 'FORBIDDEN');
    await eventually(async () => (await signedIn(second, admin.token)) === 'FORBIDDEN');
  });

  it('while its event connection is down a replica serves no cached viewer, and caches again after', async () => {
    const admin = await createSignedInUser(first, 'ADMIN', 'gap');
    expect(await signedIn(second, admin.token)).toBe('OK');
    // end the second replica's LISTEN connection, as a database restart or network cut would
    await first.db.$executeRaw`select pg_terminate_backend(pid) from pg_stat_activity
      where query = 'listen hep2_events' and pid <> pg_backend_pid()`;
    await eventually(async () => !second.services.events.listening);
    // a revocation nobody hears: the replicas must not answer from what they kept
    await first.db.session.updateMany({ where: { userId: admin.id }, data: { revokedAt: new Date() } });
    expect(await signedIn(second, admin.token)).toBe('UNAUTHENTICATED');
    await eventually(async () => second.services.events.listening && first.services.events.listening);
    const other = await createSignedInUser(first, 'ADMIN', 'after-gap');
    await signedIn(second, other.token);
    const warm = await countStatements(() => signedIn(second, other.token));
    expect(sessionLookups(warm.statements)).toBe(0);
  });
});

describe('ViewerCache', () => {
  const viewer: Viewer = { id: 'u1', email: 'a@b.c', name: 'A', role: 'ADMIN', sessionId: 's1' };
  const events = (listening = true) => {
    const handlers: ((payload: Record<string, unknown>) => void)[] = [];
    const gaps: (() => void)[] = [];
    const bus: ViewerEvents & { emit: (p: Record<string, unknown>) => void; gap: () => void } = {
      listening,
      onEvent: (_topic, handler) => {
        handlers.push(handler);
        return () => {};
      },
      onGap: (listener) => {
        gaps.push(listener);
        return () => {};
      },
      emit: (payload) => {
        for (const h of handlers) h(payload);
      },
      gap: () => {
        for (const g of gaps) g();
      },
    };
    return bus;
  };
  const inAMinute = () => new Date(Date.now() + 60_000);

  it('does not keep a lookup that overlapped an invalidation', () => {
    const bus = events();
    const cache = new ViewerCache(bus, 30);
    const lookup = cache.startLookup();
    bus.emit({ userId: 'someone-else' });
    cache.keep('h', viewer, inAMinute(), lookup);
    expect(cache.get('h')).toBeUndefined();
    cache.keep('h', viewer, inAMinute(), cache.startLookup());
    expect(cache.get('h')).toEqual(viewer);
  });

  it('drops the entries of the user an event names, and everything on a gap', () => {
    const bus = events();
    const cache = new ViewerCache(bus, 30);
    cache.keep('h1', viewer, inAMinute(), cache.startLookup());
    cache.keep('h2', { ...viewer, id: 'u2' }, inAMinute(), cache.startLookup());
    bus.emit({ userId: 'u1' });
    expect([cache.get('h1'), cache.get('h2')?.id]).toEqual([undefined, 'u2']);
    bus.gap();
    expect(cache.get('h2')).toBeUndefined();
  });

  it('never keeps an entry past its session, nor when disabled or not listening', async () => {
    const cache = new ViewerCache(events(), 30);
    cache.keep('h', viewer, new Date(Date.now() + 30), cache.startLookup());
    expect(cache.get('h')).toEqual(viewer);
    await sleep(60);
    expect(cache.get('h')).toBeUndefined();
    for (const off of [new ViewerCache(events(), 0), new ViewerCache(events(false), 30)]) {
      off.keep('h', viewer, inAMinute(), off.startLookup());
      expect(off.get('h')).toBeUndefined();
    }
  });
});
