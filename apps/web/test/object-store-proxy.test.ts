import { createServer, type IncomingHttpHeaders, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proxyHttp } from '../src/server/http-proxy';
import { loadWebServerConfig } from '../src/server/server-config';

/**
 * In compose the web server reaches MinIO as http://minio:9000 while browsers' presigned URLs are
 * signed for the public host: the proxy must connect to the first and present the second.
 */
describe('the /objects proxy to the object store', () => {
  it('connects to S3_ENDPOINT and presents the host of S3_PUBLIC_ENDPOINT', () => {
    const both = loadWebServerConfig({
      S3_ENDPOINT: 'http://minio:9000',
      S3_PUBLIC_ENDPOINT: 'https://s3.lab.example',
    });
    expect(both.objectStoreUrl?.href).toBe('http://minio:9000/');
    expect(both.objectStoreHost).toBe('s3.lab.example');
    const one = loadWebServerConfig({ S3_ENDPOINT: 'http://127.0.0.1:9010' });
    expect([one.objectStoreUrl?.host, one.objectStoreHost]).toEqual(['127.0.0.1:9010', '127.0.0.1:9010']);
    expect(loadWebServerConfig({}).objectStoreUrl).toBeNull();
  });

  let upstream: Server;
  let front: Server;
  const seen: IncomingHttpHeaders[] = [];
  const listen = async (server: Server) => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return (server.address() as AddressInfo).port;
  };
  beforeAll(async () => {
    upstream = createServer((req, res) => {
      seen.push(req.headers);
      res.end('png');
    });
    const target = new URL(`http://127.0.0.1:${await listen(upstream)}`);
    front = createServer((req, res) =>
      proxyHttp(req, res, target, req.url ?? '/', { dropCookies: true, hostHeader: 's3.lab.example' }),
    );
    await listen(front);
  });
  afterAll(async () => {
    front.closeAllConnections();
    upstream.closeAllConnections();
    await new Promise((resolve) => front.close(resolve));
    await new Promise((resolve) => upstream.close(resolve));
  });

  it('sends the signed-for host and no cookie upstream', async () => {
    const port = (front.address() as AddressInfo).port;
    await new Promise<void>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: '/hep2/p.png?X-Amz-Signature=x',
          headers: { cookie: 'hep2_session=s' },
        },
        (res) => {
          res.resume();
          res.on('end', resolve);
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(seen.at(-1)?.host).toBe('s3.lab.example');
    expect(seen.at(-1)?.cookie).toBeUndefined();
  });
});
