import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { migrationChecksum } from '../src/migrations/migration-files';
import { applyMigrations } from '../src/migrations/migration-runner';
import { realMigrationsDir, withPrismaCopy, withScratchDatabase } from './test-database';

async function query<R extends pg.QueryResultRow>(url: string, sql: string): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(sql)).rows;
  } finally {
    await client.end();
  }
}

interface MigrationRow {
  id: string;
  checksum: string;
  migration_name: string;
  finished_at: Date | null;
  applied_steps_count: number;
  logs: string | null;
}

describe('applyMigrations', () => {
  it('applies every migration once and is a no-op the second time', async () => {
    const names = (await readdir(realMigrationsDir, { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    await withScratchDatabase(async (db) => {
      const first = await applyMigrations(db.url, realMigrationsDir);
      expect(first.applied).toEqual(names.sort());
      const second = await applyMigrations(db.url, realMigrationsDir);
      expect(second.applied).toEqual([]);

      const rows = await query<MigrationRow>(
        db.url,
        'SELECT * FROM "_prisma_migrations" ORDER BY started_at',
      );
      expect(rows).toHaveLength(names.length);
      for (const row of rows) {
        const sql = await readFile(path.join(realMigrationsDir, row.migration_name, 'migration.sql'), 'utf8');
        expect(row.checksum).toBe(migrationChecksum(sql));
        expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
        expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
        expect(row.finished_at).toBeInstanceOf(Date);
        expect(row.applied_steps_count).toBe(1);
        expect(row.logs).toBeNull();
      }
    });
  });

  it('refuses to run when an applied migration was edited', async () => {
    await withPrismaCopy(async ({ migrationsDir }) => {
      await withScratchDatabase(async (db) => {
        await applyMigrations(db.url, migrationsDir);
        const [first] = (await readdir(migrationsDir, { withFileTypes: true })).filter((e) =>
          e.isDirectory(),
        );
        if (!first) throw new Error('no migrations in the copy');
        const file = path.join(migrationsDir, first.name, 'migration.sql');
        await writeFile(file, `${await readFile(file, 'utf8')}\n-- sneaky edit\n`);
        await expect(applyMigrations(db.url, migrationsDir)).rejects.toThrow(
          /was modified after it was applied/,
        );
      });
    });
  });

  it('rolls back a failing migration, records it, and refuses later runs', async () => {
    await withPrismaCopy(async ({ migrationsDir }) => {
      const broken = path.join(migrationsDir, '99990101000000_broken');
      await mkdir(broken);
      await writeFile(
        path.join(broken, 'migration.sql'),
        'CREATE TABLE "Half" (id int);\nSELECT no_such_function();\n',
      );
      await withScratchDatabase(async (db) => {
        await expect(applyMigrations(db.url, migrationsDir)).rejects.toThrow(/99990101000000_broken failed/);
        // The transaction undid the first statement of the broken migration.
        expect(await query(db.url, `SELECT 1 FROM pg_tables WHERE tablename = 'Half'`)).toEqual([]);
        const [row] = await query<MigrationRow>(
          db.url,
          `SELECT * FROM "_prisma_migrations" WHERE migration_name = '99990101000000_broken'`,
        );
        expect(row?.finished_at).toBeNull();
        expect(row?.logs).toMatch(/no_such_function/);
        await expect(applyMigrations(db.url, migrationsDir)).rejects.toThrow(/failed earlier/);
      });
    });
  });

  it('lets concurrent runners start at once without racing', async () => {
    await withScratchDatabase(async (db) => {
      const results = await Promise.all(
        Array.from({ length: 5 }, () => applyMigrations(db.url, realMigrationsDir)),
      );
      const appliedBy = results.filter((r) => r.applied.length > 0);
      expect(appliedBy).toHaveLength(1);
      const rows = await query<MigrationRow>(db.url, 'SELECT * FROM "_prisma_migrations"');
      expect(rows).toHaveLength(appliedBy[0]?.applied.length ?? -1);
    });
  });
});
