import { randomUUID } from 'node:crypto';
import pg from 'pg';

export interface ScratchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** Same server and credentials as `baseUrl`, another database name. */
export function withDatabase(baseUrl: string, database: string): string {
  const url = new URL(baseUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * Creates a throwaway database next to the one `baseUrl` names. We do this ourselves because
 * adapter-pg's shadow-database helper spreads `database` over a config whose connection string wins,
 * so it would silently reuse (and pollute) the main database.
 */
export async function createScratchDatabase(
  baseUrl: string,
  prefix = 'hep2_scratch',
): Promise<ScratchDatabase> {
  const name = `${prefix}_${randomUUID().replaceAll('-', '')}`.slice(0, 63);
  await runAdmin(baseUrl, `CREATE DATABASE ${quoteIdent(name)}`);
  return {
    name,
    url: withDatabase(baseUrl, name),
    // FORCE (Postgres 13+) ends stray sessions, e.g. a pool a failed test did not close.
    drop: () => runAdmin(baseUrl, `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`),
  };
}

async function runAdmin(baseUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
