/**
 * Production server for the web app: Next's request handler on a plain HTTP server, so the launcher
 * can stop it with its other processes (and it exits when the launcher disappears).
 *
 * It also forwards, at run time (next.config rewrites are frozen at build time):
 * - /graphql (HTTP and WebSocket) to the API, so the session cookie stays first-party;
 * - /objects/* to the object store, so presigned image URLs are same-origin and canvases can read
 *   their pixels without CORS rules on the bucket.
 */
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { exitWhenLauncherDies } from '@hep2/embedded';
import next from 'next';
import { proxyHttp, proxyUpgrade } from './src/server/http-proxy';
import { loadWebServerConfig } from './src/server/server-config';

const config = loadWebServerConfig();
const dir = fileURLToPath(new URL('.', import.meta.url));
const app = next({ dev: config.dev, dir, hostname: config.host, port: config.port });
await app.prepare();
const handle = app.getRequestHandler();
const handleUpgrade = app.getUpgradeHandler();
const graphqlPath = (url: string | undefined) => url === '/graphql' || url?.startsWith('/graphql?') === true;

const server = createServer((req, res) => {
  if (graphqlPath(req.url)) return proxyHttp(req, res, config.apiUrl, req.url ?? '/graphql');
  if (req.url?.startsWith('/objects/') && config.objectStoreUrl) {
    // GET/HEAD for images, PUT for presigned specimen uploads (the signature authorises each one).
    if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'PUT') {
      res.writeHead(405).end();
      return;
    }
    return proxyHttp(req, res, config.objectStoreUrl, req.url.slice('/objects'.length), {
      dropCookies: true,
      hostHeader: config.objectStoreHost ?? undefined,
    });
  }
  void handle(req, res);
});
server.on('upgrade', (req, socket, head) => {
  if (graphqlPath(req.url)) proxyUpgrade(req, socket, head, config.apiUrl);
  else void handleUpgrade(req, socket, head);
});
server.listen(config.port, config.host, () => {
  console.log(`web: http://${config.host}:${config.port}`);
});

exitWhenLauncherDies();
