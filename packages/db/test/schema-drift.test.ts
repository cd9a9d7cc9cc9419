import { readdir, readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { generateMigration } from '../src/migrations/migration-generator';
import { checkSchemaDrift } from '../src/migrations/schema-diff';
import { realMigrationsDir, realSchemaPath, serverUrl, withPrismaCopy } from './test-database';

/** Adds a column to the User model of a schema copy (no migration for it). */
async function addUserField(schemaPath: string): Promise<void> {
  const schema = await readFile(schemaPath, 'utf8');
  const edited = schema.replace(/(model User \{\n)/, '$1  nickname     String?\n');
  if (edited === schema) throw new Error('could not find model User in the schema copy');
  await writeFile(schemaPath, edited);
}

describe('checkSchemaDrift', () => {
  it('passes on the real schema and migrations (hand-written trigger included)', async () => {
    const report = await checkSchemaDrift({
      databaseUrl: serverUrl,
      migrationsDir: realMigrationsDir,
      schemaPath: realSchemaPath,
    });
    expect(report.message).toBe('schema.prisma and the migrations agree.');
    expect(report.ok).toBe(true);
  });

  it('fails with a readable diff when a field is added without a migration', async () => {
    await withPrismaCopy(async ({ schemaPath, migrationsDir }) => {
      await addUserField(schemaPath);
      const report = await checkSchemaDrift({ databaseUrl: serverUrl, migrationsDir, schemaPath });
      expect(report.ok).toBe(false);
      expect(report.message).toMatch(/Changed the `User` table/);
      expect(report.message).toContain('ALTER TABLE "User" ADD COLUMN     "nickname" TEXT;');
    });
  });

  it('generates the missing migration, after which the check passes', async () => {
    await withPrismaCopy(async ({ schemaPath, migrationsDir }) => {
      await addUserField(schemaPath);
      const created = await generateMigration({
        databaseUrl: serverUrl,
        migrationsDir,
        schemaPath,
        name: 'Add user nickname',
        now: new Date('2999-01-01T00:00:00Z'),
      });
      expect(created?.name).toBe('29990101000000_add_user_nickname');
      expect(created?.sql).toContain('"nickname" TEXT');
      expect((await readdir(migrationsDir)).sort().at(-2)).toBe('29990101000000_add_user_nickname');
      expect((await checkSchemaDrift({ databaseUrl: serverUrl, migrationsDir, schemaPath })).ok).toBe(true);
      // Nothing left to generate now.
      expect(
        await generateMigration({ databaseUrl: serverUrl, migrationsDir, schemaPath, name: 'noop' }),
      ).toBeNull();
    });
  });
});
