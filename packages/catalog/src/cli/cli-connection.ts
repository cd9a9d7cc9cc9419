import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyMigrations, createDb, type Db, pendingObjectReader, prismaMigrationsDir } from '@hep2/db';
import { isPortInUse } from '@hep2/embedded';
import { ObjectStore } from '@hep2/storage';

/** Where the CLI works: a configured deployment, the running `npm start`, or embedded services it starts. */
export interface Platform {
  db: Db;
  store: ObjectStore;
  describe: string;
  close: () => Promise<void>;
}

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

/**
 * The CLI's settings, read in one place. With DATABASE_URL and S3_ENDPOINT unset it uses the
 * embedded defaults of `npm start` (same ports, credentials and data folder).
 */
export function loadCliConfig(env: NodeJS.ProcessEnv = process.env) {
  const pgPort = portOf('EMBEDDED_PG_PORT', env.EMBEDDED_PG_PORT, 54329);
  const s3Port = portOf('EMBEDDED_S3_PORT', env.EMBEDDED_S3_PORT, 9010);
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    s3Endpoint: env.S3_ENDPOINT || undefined,
    s3AccessKey: env.S3_ACCESS_KEY || undefined,
    s3SecretKey: env.S3_SECRET_KEY || undefined,
    bucket: env.S3_BUCKET || 'hep2',
    region: env.S3_REGION || 'us-east-1',
    s3IdleTimeoutMs: idleTimeoutOf(env.S3_IDLE_TIMEOUT_MS),
    dataDir: path.resolve(repoRoot, env.HEP2_DATA_DIR || '.data/dev'),
    pgPort,
    s3Port,
    embeddedDatabaseUrl: `postgresql://postgres:postgres@127.0.0.1:${pgPort}/hep2`,
    embeddedS3: { endpoint: `http://127.0.0.1:${s3Port}`, accessKey: 'S3RVER', secretKey: 'S3RVER' },
  };
}

export type CliConfig = ReturnType<typeof loadCliConfig>;

function portOf(name: string, value: string | undefined, fallback: number): number {
  if (!value) return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`${name} must be a port number (1-65535), got "${value}"`);
  return port;
}

/** S3_IDLE_TIMEOUT_MS: how long an object-store request may move no byte (unset: the store's 30 s). */
function idleTimeoutOf(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms < 100)
    throw new Error(`S3_IDLE_TIMEOUT_MS must be a whole number of milliseconds >= 100, got "${value}"`);
  return ms;
}

export const CONNECTION_HELP = `Connection:
  DATABASE_URL, S3_ENDPOINT, S3_ACCESS_KEY, S3_SECRET_KEY, S3_BUCKET, S3_REGION
      a configured deployment (all of DATABASE_URL and S3_* must be set).
  S3_IDLE_TIMEOUT_MS  an object-store request moving no byte this long fails (default 30000).
  Unset: the embedded defaults of \`npm start\`: Postgres on 127.0.0.1:$EMBEDDED_PG_PORT (54329),
      S3 on http://127.0.0.1:$EMBEDDED_S3_PORT (9010), bucket hep2. When \`npm start\` is running the
      CLI uses its services; otherwise it starts them itself on the same data folder
      ($HEP2_DATA_DIR, default .data/dev) and stops them when done.`;

function storeOf(c: CliConfig, s3: { endpoint: string; accessKey: string; secretKey: string }, db: Db) {
  return new ObjectStore({
    ...s3,
    bucket: c.bucket,
    region: c.region,
    idleTimeoutMs: c.s3IdleTimeoutMs,
    // annotation masks committed but not uploaded yet are read from the database's outbox
    pending: pendingObjectReader(db),
  });
}

export async function connectPlatform(c: CliConfig, log: (line: string) => void): Promise<Platform> {
  if (c.databaseUrl || c.s3Endpoint) {
    if (!c.databaseUrl || !c.s3Endpoint || !c.s3AccessKey || !c.s3SecretKey)
      throw new Error(
        'set all of DATABASE_URL, S3_ENDPOINT, S3_ACCESS_KEY and S3_SECRET_KEY, or none of them',
      );
    const db = createDb({ connectionString: c.databaseUrl, poolSize: 4 });
    const store = storeOf(
      c,
      { endpoint: c.s3Endpoint, accessKey: c.s3AccessKey, secretKey: c.s3SecretKey },
      db,
    );
    return { db, store, describe: `configured deployment (${c.s3Endpoint})`, close: () => db.$disconnect() };
  }
  const [pgUp, s3Up] = await Promise.all([isPortInUse(c.pgPort), isPortInUse(c.s3Port)]);
  if (pgUp && s3Up) {
    const db = createDb({ connectionString: c.embeddedDatabaseUrl, poolSize: 4 });
    const store = storeOf(c, c.embeddedS3, db);
    return {
      db,
      store,
      describe: `the running npm start (postgres 127.0.0.1:${c.pgPort}, S3 ${c.embeddedS3.endpoint})`,
      close: () => db.$disconnect(),
    };
  }
  if (pgUp || s3Up)
    throw new Error(
      `only one of the embedded ports ${c.pgPort} / ${c.s3Port} is in use: is \`npm start\` half running? ` +
        'Stop it, or set DATABASE_URL and S3_* to a deployment.',
    );
  if (!existsSync(path.join(repoRoot, 'scripts/lib/infrastructure.ts')))
    throw new Error('no deployment configured: set DATABASE_URL and S3_*, or run `npm start` first');
  // Loud: a user who thinks `npm start` is running (on other ports, or not yet up) must not get
  // their data written to a second, private instance without noticing.
  log(
    [
      `*** no running \`npm start\` found (nothing listens on 127.0.0.1:${c.pgPort} and :${c.s3Port}) and DATABASE_URL / S3_* are unset.`,
      `*** STARTING OWN embedded Postgres and S3 on ${c.dataDir}; they stop when this command ends.`,
      '*** If `npm start` runs on other ports, stop this and set EMBEDDED_PG_PORT / EMBEDDED_S3_PORT (or DATABASE_URL and S3_*).',
    ].join('\n'),
  );
  const { startInfrastructure } = await import('../../../../scripts/lib/infrastructure');
  const infra = await startInfrastructure({
    dataDir: c.dataDir,
    bucket: c.bucket,
    pgPort: c.pgPort,
    s3Port: c.s3Port,
    log,
  });
  try {
    await applyMigrations(infra.databaseUrl, prismaMigrationsDir, log);
  } catch (err) {
    await infra.stop();
    throw err;
  }
  const db = createDb({ connectionString: infra.databaseUrl, poolSize: 4 });
  return {
    db,
    store: storeOf(c, infra.s3, db),
    describe: `embedded services started by the CLI (data in ${c.dataDir})`,
    close: async () => {
      await db.$disconnect();
      await infra.stop();
    },
  };
}
