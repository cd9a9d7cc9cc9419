// Dev tooling entry (drift check, generator, Wasm engine). The app itself only needs the runner,
// which the package root re-exports; this barrel pulls in the schema-engine glue and needs the
// `prisma` devDependency (for its schema_engine_bg.wasm) only when an engine function is called.

export { type MigrationFile, migrationChecksum, readMigrations } from './migration-files';
export {
  type GeneratedMigration,
  type GenerateMigrationOptions,
  generateMigration,
} from './migration-generator';
export {
  type ApplyMigrationsResult,
  applyMigrations,
  MigrationError,
  type MigrationLog,
} from './migration-runner';
export { prismaMigrationsDir, prismaSchemaPath } from './repo-paths';
export {
  checkSchemaDrift,
  type DriftReport,
  diffMigrationsToSchema,
  type SchemaDiff,
  type SchemaDiffOptions,
} from './schema-diff';
export { createScratchDatabase, type ScratchDatabase } from './scratch-database';
