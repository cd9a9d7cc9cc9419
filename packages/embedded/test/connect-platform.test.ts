import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { connectPlatform } from '../src/connect-platform';
import { findFreePort } from '../src/free-port';
import {
  EMBEDDED_DEFAULTS,
  loadPlatformSettings,
  parseConfig,
  platformServicesSchema,
} from '../src/platform-settings';

const listening: Server[] = [];
async function listen(): Promise<number> {
  const server = createServer();
  listening.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as { port: number }).port;
}
afterEach(async () => {
  await Promise.all(listening.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

const noLog = () => {};

describe('the platform settings', () => {
  it('default to the embedded services of `npm start`; empty variables count as unset', () => {
    const settings = loadPlatformSettings({ DATABASE_URL: '', S3_BUCKET: '', EMBEDDED_PG_PORT: '' });
    expect(settings).toMatchObject({
      S3_BUCKET: 'hep2',
      S3_REGION: 'us-east-1',
      S3_IDLE_TIMEOUT_MS: 30_000,
      EMBEDDED_PG_PORT: EMBEDDED_DEFAULTS.pgPort,
      EMBEDDED_S3_PORT: EMBEDDED_DEFAULTS.s3Port,
      HEP2_DATA_DIR: EMBEDDED_DEFAULTS.dataDir,
    });
    expect(settings.DATABASE_URL).toBeUndefined();
  });

  it('name every bad variable', () => {
    expect(() => loadPlatformSettings({ EMBEDDED_S3_PORT: '70000', S3_ENDPOINT: 'minio' })).toThrow(
      /Invalid configuration:\n {2}S3_ENDPOINT: must be an http\(s\):\/\/ URL\n {2}EMBEDDED_S3_PORT: /,
    );
    expect(() => parseConfig(platformServicesSchema, {}, { label: 'API' })).toThrow(
      /^Invalid API configuration:\n {2}DATABASE_URL: /,
    );
  });
});

describe('connectPlatform for a CLI', () => {
  it('uses a configured deployment only when all of it is set', async () => {
    const configured = {
      DATABASE_URL: 'postgresql://lab@db.example:5432/hep2',
      S3_ENDPOINT: 'http://minio:9000',
      S3_ACCESS_KEY: 'k',
      S3_SECRET_KEY: 's',
    };
    const platform = await connectPlatform(loadPlatformSettings(configured), {
      log: noLog,
      reuseRunning: true,
    });
    expect(platform.describe).toBe(
      'the configured deployment: postgres db.example:5432, S3 http://minio:9000 bucket hep2',
    );
    expect(platform.objectStore).toEqual({
      endpoint: 'http://minio:9000',
      accessKey: 'k',
      secretKey: 's',
      bucket: 'hep2',
      region: 'us-east-1',
      idleTimeoutMs: 30_000,
    });
    await expect(
      connectPlatform(loadPlatformSettings({ ...configured, S3_SECRET_KEY: '' }), {
        log: noLog,
        reuseRunning: true,
      }),
    ).rejects.toThrow(
      'set all of DATABASE_URL, S3_ENDPOINT, S3_ACCESS_KEY and S3_SECRET_KEY, or none of them',
    );
  });

  it('reuses the services listening on EMBEDDED_PG_PORT / EMBEDDED_S3_PORT', async () => {
    const [pg, s3] = [await listen(), await listen()];
    const settings = loadPlatformSettings({ EMBEDDED_PG_PORT: String(pg), EMBEDDED_S3_PORT: String(s3) });
    const platform = await connectPlatform(settings, { log: noLog, reuseRunning: true });
    expect(platform.describe).toBe(
      `the running npm start: postgres 127.0.0.1:${pg}, S3 http://127.0.0.1:${s3} bucket hep2`,
    );
    expect(platform.databaseUrl).toBe(`postgresql://postgres:postgres@127.0.0.1:${pg}/hep2`);
    expect(platform.embedded).toEqual({ postgres: false, s3: false });
  });

  it('refuses a half-running `npm start`', async () => {
    const [pg, s3] = [await listen(), await findFreePort()];
    const settings = loadPlatformSettings({ EMBEDDED_PG_PORT: String(pg), EMBEDDED_S3_PORT: String(s3) });
    await expect(connectPlatform(settings, { log: noLog, reuseRunning: true })).rejects.toThrow(
      `only one of the embedded ports ${pg} / ${s3} is in use`,
    );
  });
});
