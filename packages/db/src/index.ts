export { createDb, type Db, type DbConfig, type Tx } from './client';
export { Prisma } from './generated/client';
export * from './generated/enums';
export type * from './generated/models';
export { type ApplyMigrationsResult, applyMigrations, MigrationError } from './migrations/migration-runner';
export { prismaMigrationsDir } from './migrations/repo-paths';
export { createScratchDatabase, type ScratchDatabase } from './migrations/scratch-database';
export { type PendingObjectBody, pendingObjectReader, pendingObjectsByKey } from './pending-objects';
export { prismaSql, type SqlClient, type SqlDatabase } from './sql-client';
