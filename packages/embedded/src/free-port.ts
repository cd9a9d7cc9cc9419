import { createServer } from 'node:net';

/*
 * Below Linux's ephemeral range (32768-60999 by default). A port the OS hands out for `listen(0)`
 * comes from that range, and so does the source port of every outgoing connection: a port found
 * free, then bound a few seconds later (after Postgres starts and migrations run), could meanwhile
 * be taken by one of the test's own client connections (EADDRINUSE, seen once in CI). Ports below
 * the range are only ever taken by something that binds them on purpose.
 */
const LOW = 20_000;
const HIGH = 32_767;

/** A free TCP port on 127.0.0.1 (used by tests so parallel runs never collide), below the ephemeral range. */
export async function findFreePort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = LOW + Math.floor(Math.random() * (HIGH - LOW + 1));
    if (!(await isPortInUse(port))) return port;
  }
  return anyFreePort();
}

function anyFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** True when something already listens on the port. */
export function isPortInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(true));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(false)));
  });
}
