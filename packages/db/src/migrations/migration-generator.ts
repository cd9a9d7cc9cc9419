import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ensureLockfile, readMigrations } from './migration-files';
import { diffMigrationsToSchema, type SchemaDiffOptions } from './schema-diff';

export interface GenerateMigrationOptions extends SchemaDiffOptions {
  name: string;
  /** Clock for the directory timestamp; tests pin it. */
  now?: Date;
}

export interface GeneratedMigration {
  name: string;
  file: string;
  sql: string;
}

/** Prisma's folder timestamp: UTC YYYYMMDDHHMMSS. */
export function migrationTimestamp(now: Date): string {
  return now.toISOString().replaceAll(/[-:T]/g, '').slice(0, 14);
}

/** Same shape Prisma gives `--name "Add user roles"`: add_user_roles. */
export function slugMigrationName(name: string): string {
  const slug = name
    .trim()
    .toLowerCase()
    .replaceAll(/[^a-z0-9]+/g, '_')
    .replaceAll(/^_+|_+$/g, '');
  if (!slug) throw new Error(`migration name "${name}" has no letters or digits`);
  return slug;
}

/**
 * Writes `<migrationsDir>/<timestamp>_<name>/migration.sql` with the SQL that takes the current
 * migrations to schema.prisma. Returns null (and writes nothing) when there is nothing to migrate.
 */
export async function generateMigration(
  options: GenerateMigrationOptions,
): Promise<GeneratedMigration | null> {
  const diff = await diffMigrationsToSchema(options);
  if (diff.empty) return null;
  const name = `${migrationTimestamp(options.now ?? new Date())}_${slugMigrationName(options.name)}`;
  const existing = await readMigrations(options.migrationsDir);
  const last = existing.at(-1)?.name;
  if (last !== undefined && name <= last) {
    // Apply order is name order; a folder sorting before an existing one would run out of order.
    throw new Error(`new migration ${name} would sort before existing ${last}; check the clock`);
  }
  const dir = path.join(options.migrationsDir, name);
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, 'migration.sql');
  await writeFile(file, diff.sql);
  await ensureLockfile(options.migrationsDir);
  return { name, file, sql: diff.sql };
}
