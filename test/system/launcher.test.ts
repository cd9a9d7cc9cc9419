import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { findFreePort } from '@hep2/embedded';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'hep2-launcher-'));
let launcher: ChildProcess | null = null;

async function startPlatform(
  ports: Record<string, number>,
): Promise<{ child: ChildProcess; output: () => string }> {
  let output = '';
  // Run the launcher as this very process (no npx/tsx wrapper) so SIGKILL hits the launcher itself.
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: root,
    env: {
      ...process.env,
      // The launcher must use its own embedded services, not the ones this test run was given.
      DATABASE_URL: '',
      S3_ENDPOINT: '',
      S3_ACCESS_KEY: '',
      S3_SECRET_KEY: '',
      HEP2_DATA_DIR: dataDir,
      API_PORT: String(ports.api),
      WEB_PORT: String(ports.web),
      EMBEDDED_PG_PORT: String(ports.pg),
      EMBEDDED_S3_PORT: String(ports.s3),
    },
  });
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  launcher = child;
  return { child, output: () => output };
}

async function waitFor(
  check: () => Promise<boolean>,
  timeoutMs: number,
  what: string,
  output: () => string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await sleep(500);
  }
  throw new Error(`timed out waiting for ${what}\n${output().slice(-3000)}`);
}

/** Ready when the web app serves pages and its /graphql proxy reaches a healthy API. */
async function platformReady(webPort: number): Promise<boolean> {
  if (!(await fetch(`http://127.0.0.1:${webPort}/sign-in`)).ok) return false;
  const health = await graphql(webPort, '{ health { ok } }');
  return health.body.data?.health !== undefined && (health.body.data.health as { ok: boolean }).ok;
}

async function graphql(webPort: number, query: string, cookie = '') {
  const response = await fetch(`http://127.0.0.1:${webPort}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query }),
  });
  return {
    cookie: response.headers.get('set-cookie')?.split(';')[0] ?? '',
    body: (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] },
  };
}

const SIGN_IN =
  'mutation { signIn(email: "admin@demo.local", password: "demo-admin-pass") { user { role } } }';

afterAll(async () => {
  if (launcher && launcher.exitCode === null) {
    launcher.kill('SIGTERM');
    await new Promise((resolve) => launcher?.once('exit', resolve));
  }
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start (the launcher)', () => {
  it('serves the web app and GraphQL, survives SIGKILL, and keeps data across restarts', {
    timeout: 600_000,
  }, async () => {
    const ports = {
      api: await findFreePort(),
      web: await findFreePort(),
      pg: await findFreePort(),
      s3: await findFreePort(),
    };
    const first = await startPlatform(ports);
    await waitFor(() => platformReady(ports.web), 240_000, 'the platform', first.output);
    expect(first.output()).toContain('admin@demo.local');
    const signIn = await graphql(ports.web, SIGN_IN);
    expect(signIn.body.data).toEqual({ signIn: { user: { role: 'ADMIN' } } });

    // Data written in the first run: a user created through the API.
    const create = await graphql(
      ports.web,
      'mutation { createUser(email: "persisted@demo.local", name: "Persisted", role: CURATOR, password: "persisted-password") { id } }',
      signIn.cookie,
    );
    expect(create.body.errors).toBeUndefined();

    // SIGKILL leaves an orphaned postgres and app processes behind; the next start must recover.
    first.child.kill('SIGKILL');
    await sleep(1500);
    const second = await startPlatform(ports);
    await waitFor(() => platformReady(ports.web), 240_000, 'the restarted platform', second.output);
    const again = await graphql(ports.web, SIGN_IN);
    const users = await graphql(
      ports.web,
      '{ users(search: "persisted@demo.local") { edges { node { email role } } } }',
      again.cookie,
    );
    expect(users.body.data).toEqual({
      users: { edges: [{ node: { email: 'persisted@demo.local', role: 'CURATOR' } }] },
    });
    expect(second.output()).toContain('orphaned postgres');
  });
});
