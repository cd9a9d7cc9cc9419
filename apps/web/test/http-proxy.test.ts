import { createServer, type IncomingHttpHeaders, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proxyHttp, proxyUpgrade } from '../src/server/http-proxy';

/**
 * The API counts sign-in failures by client address, read from the right of X-Forwarded-For (it
 * trusts only its TRUSTED_PROXIES). So both ways through this proxy must append the address a
 * request came from, whatever the client wrote into the header itself.
 */
let upstream: Server;
let front: Server;
const seen: IncomingHttpHeaders[] = [];

const listen = async (server: Server) => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};

beforeAll(async () => {
  upstream = createServer((req, res) => {
    seen.push(req.headers);
    res.end('ok');
  });
  upstream.on('upgrade', (req, socket) => {
    seen.push(req.headers);
    socket.end('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n');
  });
  const target = new URL(await listen(upstream));
  front = createServer((req, res) => proxyHttp(req, res, target, req.url ?? '/'));
  front.on('upgrade', (req, socket, head) => proxyUpgrade(req, socket, head, target));
  await listen(front);
});
afterAll(async () => {
  front.closeAllConnections();
  upstream.closeAllConnections();
  await new Promise((resolve) => front.close(resolve));
  await new Promise((resolve) => upstream.close(resolve));
});

function send(headers: Record<string, string>): Promise<void> {
  const { port } = front.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/graphql', headers }, (res) => {
      res.resume();
      resolve();
    });
    req.on('upgrade', (_res, socket) => {
      socket.destroy();
      resolve();
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the web proxy names the client to the API', () => {
  it('HTTP: appends the peer address after anything the client claimed', async () => {
    await send({ 'x-forwarded-for': '6.6.6.6' });
    expect(seen.at(-1)?.['x-forwarded-for']).toMatch(/^6\.6\.6\.6, (::ffff:)?127\.0\.0\.1$/);
    await send({});
    expect(seen.at(-1)?.['x-forwarded-for']).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
  });

  it('WebSocket upgrade: the same (graphql-ws can carry signIn too)', async () => {
    await send({ connection: 'Upgrade', upgrade: 'websocket', 'x-forwarded-for': '6.6.6.6' });
    expect(seen.at(-1)?.['x-forwarded-for']).toMatch(/^6\.6\.6\.6, (::ffff:)?127\.0\.0\.1$/);
  });
});
