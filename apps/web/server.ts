/**
 * Production server for the web app: Next's request handler on a plain HTTP server, so the launcher
 * can stop it with its other processes (and it exits when the launcher disappears).
 */
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { exitWhenLauncherDies } from '@hep2/embedded';
import next from 'next';

const port = Number(process.env.WEB_PORT ?? 3000);
const host = process.env.WEB_HOST ?? '127.0.0.1';
const dir = fileURLToPath(new URL('.', import.meta.url));
const app = next({ dev: process.env.WEB_DEV === 'true', dir, hostname: host, port });
await app.prepare();
const handle = app.getRequestHandler();
createServer((req, res) => handle(req, res)).listen(port, host, () => {
  console.log(`web: http://${host}:${port}`);
});

exitWhenLauncherDies();
