/**
 * Prisma's bookkeeping table, column for column as the schema engine creates it (checked against
 * the Wasm engine in test/prisma-compat.test.ts), so `prisma migrate deploy` can take over a database
 * this package migrated, and the other way round.
 */
export const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

/** The key `prisma migrate` itself locks, so our runner and Prisma's also exclude each other. */
export const PRISMA_ADVISORY_LOCK_KEY = 72707369;

export interface AppliedMigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  logs: string | null;
}
