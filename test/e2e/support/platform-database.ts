import { randomUUID } from 'node:crypto';
import { ensureDemoUsers } from '@hep2/api/seed';
import { applyMigrations, createDb, prismaMigrationsDir } from '@hep2/db';

export interface PlatformDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * Migrated, with the demo users: what each browser platform starts from. Built once per Postgres
 * server, then copied (CREATE DATABASE ... TEMPLATE: a file copy, well under a second) instead of
 * initialising a Postgres, applying every migration and hashing the demo passwords again per file.
 */
const TEMPLATE = 'hep2_e2e_template';

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

function withDatabase(baseUrl: string, database: string): string {
  const url = new URL(baseUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

async function admin<T>(baseUrl: string, work: (sql: (statement: string) => Promise<unknown>) => Promise<T>) {
  const db = createDb({ connectionString: baseUrl, poolSize: 1 });
  try {
    return await work((statement) => db.$executeRawUnsafe(statement));
  } finally {
    await db.$disconnect();
  }
}

const missingTemplate = (error: unknown) => /does not exist/i.test(String(error));

/** Builds the template under a name of its own, then renames it: nobody copies a half-built one. */
async function buildTemplate(baseUrl: string, log: (line: string) => void): Promise<void> {
  const building = `${TEMPLATE}_${randomUUID().replaceAll('-', '')}`.slice(0, 63);
  await admin(baseUrl, (sql) => sql(`CREATE DATABASE ${quote(building)}`));
  const url = withDatabase(baseUrl, building);
  await applyMigrations(url, prismaMigrationsDir, log);
  const db = createDb({ connectionString: url, poolSize: 1 });
  await ensureDemoUsers(db).finally(() => db.$disconnect());
  await admin(baseUrl, async (sql) => {
    // Another file may have won the race (files of one Postgres running side by side): keep its copy.
    await sql(`ALTER DATABASE ${quote(building)} RENAME TO ${quote(TEMPLATE)}`).catch(() =>
      sql(`DROP DATABASE IF EXISTS ${quote(building)} WITH (FORCE)`),
    );
  });
}

/**
 * A database of the platform's own on the Postgres server of `baseUrl` (npm test's), copied from the
 * template. It is brought up to date anyway (a Postgres kept between runs may hold an older template):
 * pending migrations are applied and missing demo users created, as a fresh start would.
 */
export async function createPlatformDatabase(
  baseUrl: string,
  log: (line: string) => void,
): Promise<PlatformDatabase> {
  const name = `hep2_e2e_${randomUUID().replaceAll('-', '')}`.slice(0, 63);
  const copy = (sql: (statement: string) => Promise<unknown>) =>
    sql(`CREATE DATABASE ${quote(name)} TEMPLATE ${quote(TEMPLATE)}`);
  try {
    await admin(baseUrl, copy);
  } catch (error) {
    if (!missingTemplate(error)) throw error;
    await buildTemplate(baseUrl, log);
    await admin(baseUrl, copy);
  }
  const url = withDatabase(baseUrl, name);
  await applyMigrations(url, prismaMigrationsDir, log);
  const db = createDb({ connectionString: url, poolSize: 1 });
  await ensureDemoUsers(db).finally(() => db.$disconnect());
  return {
    url,
    // FORCE ends the sessions of app processes that did not close their pools.
    drop: async () => {
      await admin(baseUrl, (sql) => sql(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`));
    },
  };
}
