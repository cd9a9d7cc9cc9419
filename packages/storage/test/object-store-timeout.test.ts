/**
 * Every object-store operation fails within its idle deadline, with ObjectStoreTimeoutError, when a
 * real TCP server accepts the connection and then stops answering - and closes that connection.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ObjectStore, ObjectStoreTimeoutError } from '../src';
import { everyOperation } from './support/every-operation';
import {
  neverAnswers,
  stallsMidBody,
  startTcpServer,
  stopsReadingFor,
  type TestTcpServer,
  tricklesBody,
} from './support/silent-servers';
import { eventually, timed } from './support/timed';

const IDLE_MS = 300;
// Generous for a loaded 2-core machine, yet far below "hangs forever".
const SLACK_MS = 1500;

const storeOn = (endpoint: string) =>
  new ObjectStore({
    endpoint,
    accessKey: 'test-key',
    secretKey: 'test-secret',
    bucket: 'hep2-timeouts',
    region: 'us-east-1',
    idleTimeoutMs: IDLE_MS,
  });

function expectTimedOut(name: string, result: { error: unknown; ms: number }) {
  expect(result.error, name).toBeInstanceOf(ObjectStoreTimeoutError);
  expect((result.error as ObjectStoreTimeoutError).idleTimeoutMs).toBe(IDLE_MS);
  expect((result.error as Error).message).toMatch(/did not answer for 300 ms/);
  expect(result.ms, name).toBeGreaterThanOrEqual(IDLE_MS * 0.9);
  expect(result.ms, name).toBeLessThan(IDLE_MS + SLACK_MS);
}

describe('object store idle deadline', () => {
  let server: TestTcpServer | null = null;
  afterEach(async () => {
    await server?.close();
    server = null;
  });

  it('rejects every operation against a server that never answers, and closes each connection', async () => {
    server = await startTcpServer(neverAnswers);
    const store = storeOn(server.endpoint);
    const operations = Object.entries(everyOperation(store, 'specimens/'));
    const results = await Promise.all(operations.map(([, call]) => timed(call)));
    for (const [i, [name]] of operations.entries()) expectTimedOut(name, results[i]!);
    expect((results[0]!.error as Error).message).toContain('ensureBucket "hep2-timeouts"');
    expect((results[2]!.error as Error).message).toContain('put "specimens/a.png"');
    // The aborted requests' sockets were destroyed, not left to the server.
    expect(await eventually(() => server!.openConnections() === 0, 1000)).toBe(true);
    // Presigning is local: it answers at once even though the server does not.
    const presigned = await timed(() => store.presignedGet('specimens/a.png', 60));
    expect(presigned).toMatchObject({ error: null });
    expect(presigned.ms).toBeLessThan(IDLE_MS / 2);
  });

  it('removeMany against a silent server costs a deadline per batch of 8, not one per object', async () => {
    server = await startTcpServer(neverAnswers);
    const store = storeOn(server.endpoint);
    const keys = Array.from({ length: 12 }, (_, i) => `checkpoints/${i}.bin`);
    const result = await timed(() => store.removeMany(keys));
    expect(result.error).toBeInstanceOf(ObjectStoreTimeoutError);
    // two batches: ~2 deadlines (one by one, it took 12: 3.6 s)
    expect(result.ms).toBeLessThan(2 * IDLE_MS + SLACK_MS);
    expect(await eventually(() => server!.openConnections() === 0, 1000)).toBe(true);
  });

  it('rejects a get whose server stalls in the middle of the object', async () => {
    server = await startTcpServer(stallsMidBody);
    expectTimedOut('get', await timed(() => storeOn(server!.endpoint).get('specimens/a.png')));
    expect(await eventually(() => server!.openConnections() === 0, 1000)).toBe(true);
  });

  it('rejects an upload that the server stops reading', async () => {
    // It reads again after the client gave up: only then can it see that the client closed.
    server = await startTcpServer(stopsReadingFor(IDLE_MS * 2));
    // Far more than loopback socket buffers hold, so the client's writes stall.
    const large = new Uint8Array(32 * 1024 * 1024);
    expectTimedOut('put', await timed(() => storeOn(server!.endpoint).put('specimens/large.png', large)));
    expect(await eventually(() => server!.openConnections() === 0, IDLE_MS * 2 + 1000)).toBe(true);
  });

  it('does not cut a slow transfer that keeps making progress', async () => {
    // 10 slices, one every IDLE_MS / 3: about 3x the idle deadline in total.
    server = await startTcpServer(tricklesBody(10, IDLE_MS / 3));
    const result = await timed(async () => {
      expect(await storeOn(server!.endpoint).get('specimens/slow.png')).toEqual(Buffer.alloc(1000, 7));
    });
    expect(result.error).toBeNull();
    expect(result.ms).toBeGreaterThan(IDLE_MS * 2);
  });
});
