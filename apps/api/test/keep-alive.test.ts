/**
 * The API keeps an idle connection open longer than its clients reuse one (Node's agents: 5 s), so a
 * request sent on a connection idle for a client's whole reuse window never meets a server that has
 * just closed it (ECONNRESET, "socket hang up"; with Node's default of 5 s on both sides it did).
 */
import { Agent, request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/test-api';

describe('idle keep-alive connections', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api?.stop();
  });

  /** GET /healthz on `agent`; which local port the request left from, and the status. */
  const healthz = (agent: Agent) =>
    new Promise<{ status: number; localPort: number }>((resolve, reject) => {
      const req = request(`${api.base}/healthz`, { agent }, (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, localPort: req.socket?.localPort ?? 0 }));
      });
      req.on('error', reject);
      req.end();
    });

  it('still holds a connection a client left idle for 6 s, and answers on it', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const first = await healthz(agent);
      await new Promise((resolve) => setTimeout(resolve, 6000));
      const second = await healthz(agent);
      expect([first.status, second.status]).toEqual([200, 200]);
      // same socket: the server had not closed it (the agent drops sockets the server closes)
      expect(second.localPort).toBe(first.localPort);
    } finally {
      agent.destroy();
    }
  }, 15_000);
});
