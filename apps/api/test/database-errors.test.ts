/**
 * Which database failures become the retryable DATABASE_UNAVAILABLE, checked on errors raised by the
 * real client and server (the restart itself is covered by test/system/faults-db.test.ts).
 */
import { createDb } from '@hep2/db';
import { afterAll, describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '../src/shared/database-errors';

const live = createDb({ connectionString: process.env.DATABASE_URL as string, poolSize: 1 });
// Port 1 on loopback: nothing listens there, the connection is refused at once.
const unreachable = createDb({ connectionString: 'postgresql://postgres@127.0.0.1:1/postgres', poolSize: 1 });
afterAll(async () => {
  await Promise.all([live.$disconnect(), unreachable.$disconnect()]);
});

const failure = (call: () => Promise<unknown>) =>
  call().then(
    () => expect.unreachable('the call should have failed'),
    (error: unknown) => error,
  );

describe('isDatabaseUnavailable', () => {
  it('is true for a server that refuses connections, through the model API and raw SQL', async () => {
    expect(isDatabaseUnavailable(await failure(() => unreachable.user.findFirst()))).toBe(true);
    expect(isDatabaseUnavailable(await failure(() => unreachable.$queryRaw`select 1`))).toBe(true);
  });

  it('is true for a server shutting down or starting up (SQLSTATE 57P01-57P03) and for a dropped socket', () => {
    const adapterError = (cause: object) => ({ code: 'P2010', meta: { driverAdapterError: { cause } } });
    expect(isDatabaseUnavailable(adapterError({ kind: 'postgres', code: '57P03' }))).toBe(true);
    expect(isDatabaseUnavailable(adapterError({ kind: 'ConnectionClosed' }))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    // a statement written on a pooled connection that had just died (pipeline mode)
    const notQueryable = new Error('Client has encountered a connection error and is not queryable');
    expect(isDatabaseUnavailable({ cause: notQueryable })).toBe(true);
  });

  it('is false for errors a retry would not fix', async () => {
    expect(isDatabaseUnavailable(await failure(() => live.$queryRawUnsafe('select from nowhere')))).toBe(
      false,
    );
    expect(isDatabaseUnavailable(await failure(() => live.$queryRawUnsafe("select 'x'::uuid")))).toBe(false);
    expect(isDatabaseUnavailable(new Error('Connection refused by policy'))).toBe(false);
  });
});
