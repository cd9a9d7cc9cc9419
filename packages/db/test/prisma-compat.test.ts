import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createEngineAdapter } from '../src/migrations/engine-adapter';
import { toMigrationList } from '../src/migrations/migration-files';
import { applyMigrations } from '../src/migrations/migration-runner';
import { createSchemaEngine } from '../src/migrations/schema-engine-loader';
import { realMigrationsDir, withScratchDatabase } from './test-database';

const NO_FILTERS = { externalTables: [], externalEnums: [] };

async function rows(url: string, sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

const columnsSql = `SELECT column_name, data_type, character_maximum_length, is_nullable, column_default
  FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`;
const historySql =
  'SELECT migration_name, checksum, applied_steps_count, logs FROM "_prisma_migrations" ORDER BY migration_name';

/** Prisma's own engine (the Wasm build `prisma migrate deploy` shares its logic with) as the referee. */
async function withEngine<T>(
  url: string,
  fn: (engine: Awaited<ReturnType<typeof createSchemaEngine>>) => Promise<T>,
): Promise<T> {
  const adapter = createEngineAdapter(url);
  const engine = await createSchemaEngine(adapter.factory);
  try {
    return await fn(engine);
  } finally {
    engine.free();
    await adapter.close();
  }
}

describe('compatibility with Prisma migrate', () => {
  it('Prisma sees a database migrated by our runner as fully migrated, and the other way round', async () => {
    const migrationsList = await toMigrationList(realMigrationsDir);
    await withScratchDatabase(async (ours) => {
      await withScratchDatabase(async (prismas) => {
        await applyMigrations(ours.url, realMigrationsDir);
        const diagnosis = await withEngine(ours.url, (engine) =>
          engine.diagnoseMigrationHistory({
            migrationsList,
            optInToShadowDatabase: false,
            filters: NO_FILTERS,
          }),
        );
        expect(diagnosis).toEqual({
          editedMigrationNames: [],
          failedMigrationNames: [],
          hasMigrationsTable: true,
          history: null,
        });

        const applied = await withEngine(prismas.url, (engine) =>
          engine.applyMigrations({ migrationsList, filters: NO_FILTERS }),
        );
        expect(applied.appliedMigrationNames).toEqual(migrationsList.migrationDirectories.map((d) => d.path));
        // Same table definition and the same rows (checksums included) whoever applied them...
        expect(await rows(ours.url, columnsSql)).toEqual(await rows(prismas.url, columnsSql));
        expect(await rows(ours.url, historySql)).toEqual(await rows(prismas.url, historySql));
        // ...so our runner accepts Prisma's history as up to date.
        expect((await applyMigrations(prismas.url, realMigrationsDir)).applied).toEqual([]);
      });
    });
  });
});
