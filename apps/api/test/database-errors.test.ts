/**
 * Which database failures become the retryable DATABASE_UNAVAILABLE, checked on errors raised by the
 * real client and server (the restart itself is covered by test/system/faults-db.test.ts).
 */
import { createDb } from '@hep2/db';
import { afterAll, describe, expect, it } from 'vitest';
import { isDatabaseUnavailable, isInvalidInputData } from '../src/shared/database-errors';

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

describe('isInvalidInputData', () => {
  it('is true for values the database refuses: malformed uuid, NUL, out of range, through both APIs', async () => {
    const refused = [
      await failure(() => live.$queryRawUnsafe("select 'x'::uuid")),
      await failure(() => live.user.findUnique({ where: { id: 'x' } })),
      await failure(() => live.user.findFirst({ where: { name: 'a\u0000b' } })),
      await failure(() => live.$queryRawUnsafe('select $1::text', 'a\u0000b')),
      await failure(() => live.$queryRawUnsafe('select 2147483647::int + 1')),
      await failure(() => live.$queryRawUnsafe("select '294277-01-01'::timestamptz")),
    ];
    expect(refused.map(isInvalidInputData)).toEqual(refused.map(() => true));
    expect(refused.some(isDatabaseUnavailable)).toBe(false);
  });

  it('is false for outages and for errors that are not about a value', async () => {
    expect(isInvalidInputData(await failure(() => unreachable.user.findFirst()))).toBe(false);
    expect(isInvalidInputData(await failure(() => live.$queryRawUnsafe('select from nowhere')))).toBe(false);
    expect(isInvalidInputData(new Error('Internal'))).toBe(false);
  });
});
