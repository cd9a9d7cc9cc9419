import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { type MigrationFile, migrationChecksum, readMigrations } from './migration-files';
import {
  type AppliedMigrationRow,
  CREATE_MIGRATIONS_TABLE,
  PRISMA_ADVISORY_LOCK_KEY,
} from './prisma-migrations-table';

export type MigrationLog = (message: string) => void;

export interface ApplyMigrationsResult {
  /** Names applied by this call, in order; empty when the database was up to date. */
  applied: string[];
}

export class MigrationError extends Error {
  override name = 'MigrationError';
}

/**
 * Applies `<migrationsDir>/<timestamp>_<name>/migration.sql` in name order, each in its own
 * transaction, recording them in `_prisma_migrations` exactly like `prisma migrate deploy`.
 * A session-level advisory lock (Prisma's own key) serialises concurrent runners: the second one waits,
 * then finds nothing left to do. Refuses to run when an applied migration was edited or one failed.
 * Note: statements that cannot run inside a transaction (CREATE INDEX CONCURRENTLY) are not supported.
 */
export async function applyMigrations(
  connectionString: string,
  migrationsDir: string,
  log: MigrationLog = () => {},
): Promise<ApplyMigrationsResult> {
  const migrations = await readMigrations(migrationsDir);
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [PRISMA_ADVISORY_LOCK_KEY]);
    try {
      await client.query(CREATE_MIGRATIONS_TABLE);
      const rows = await appliedRows(client);
      const pending = checkHistory(migrations, rows, log);
      for (const migration of pending) {
        await applyOne(client, migration, log);
      }
      if (pending.length === 0) log('database is up to date');
      return { applied: pending.map((m) => m.name) };
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [PRISMA_ADVISORY_LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
}

async function appliedRows(client: pg.Client): Promise<AppliedMigrationRow[]> {
  const result = await client.query<AppliedMigrationRow>(
    `SELECT migration_name, checksum, finished_at, logs FROM "_prisma_migrations"
     WHERE rolled_back_at IS NULL ORDER BY started_at`,
  );
  return result.rows;
}

/** Prisma also accepts a file whose only change is CRLF vs LF line endings. */
function checksumMatches(sql: string, recorded: string): boolean {
  const variants = [sql, sql.replaceAll('\r\n', '\n'), sql.replaceAll(/\r?\n/g, '\r\n')];
  return variants.some((v) => migrationChecksum(v) === recorded);
}

/** Validates the recorded history against the files and returns the migrations still to apply. */
function checkHistory(
  migrations: MigrationFile[],
  rows: AppliedMigrationRow[],
  log: MigrationLog,
): MigrationFile[] {
  const failed = rows.find((r) => r.finished_at === null);
  if (failed) {
    throw new MigrationError(
      `migration ${failed.migration_name} failed earlier and is not rolled back; fix the database, then run ` +
        `\`prisma migrate resolve --rolled-back ${failed.migration_name}\` (or set rolled_back_at).` +
        (failed.logs ? `\nIts error: ${failed.logs}` : ''),
    );
  }
  const byName = new Map(migrations.map((m) => [m.name, m]));
  for (const row of rows) {
    const file = byName.get(row.migration_name);
    if (!file) {
      log(`warning: ${row.migration_name} is applied but missing from the migrations folder`);
    } else if (!checksumMatches(file.sql, row.checksum)) {
      throw new MigrationError(
        `migration ${row.migration_name} was modified after it was applied (checksum ${file.checksum} on disk, ` +
          `${row.checksum} in the database). Restore the file and put the change in a new migration.`,
      );
    }
  }
  const applied = new Set(rows.map((r) => r.migration_name));
  return migrations.filter((m) => !applied.has(m.name));
}

async function applyOne(client: pg.Client, migration: MigrationFile, log: MigrationLog): Promise<void> {
  const id = randomUUID();
  // The row is committed before the script runs (as Prisma does), so a crash leaves a visible
  // "started, not finished" record that blocks later runs instead of silently retrying.
  await client.query(
    `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
     VALUES ($1, $2, $3, now(), 0)`,
    [id, migration.checksum, migration.name],
  );
  log(`applying ${migration.name}`);
  try {
    await client.query('BEGIN');
    // No parameters: pg uses the simple-query protocol, which runs a multi-statement script.
    await client.query(migration.sql);
    await client.query(
      `UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`,
      [id],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    const message = error instanceof Error ? error.message : String(error);
    await client.query(`UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1`, [id, message]);
    throw new MigrationError(`migration ${migration.name} failed and was rolled back: ${message}`, {
      cause: error,
    });
  }
}
