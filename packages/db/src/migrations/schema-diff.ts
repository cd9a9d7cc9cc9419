import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createEngineAdapter } from './engine-adapter';
import { applyMigrations, type MigrationLog } from './migration-runner';
import { createSchemaEngine } from './schema-engine-loader';
import { createScratchDatabase } from './scratch-database';

export interface SchemaDiffOptions {
  /** Any database on the server to use; scratch databases are created next to it (needs CREATEDB). */
  databaseUrl: string;
  migrationsDir: string;
  schemaPath: string;
  log?: MigrationLog;
}

export interface SchemaDiff {
  /** True when the migrations already produce exactly what the schema describes. */
  empty: boolean;
  /** The engine's human-readable summary ("[+] Added tables ..."). */
  summary: string;
  /** SQL that takes the migrated database to the schema (empty when `empty`). */
  sql: string;
}

const NO_FILTERS = { externalTables: [], externalEnums: [] };

/**
 * Applies the migrations to a throwaway database with our own runner (so the check also proves the
 * runner and the SQL work), then asks the Wasm schema engine for the diff from that database to the
 * schema. Triggers and functions are outside Prisma's model, so hand-written ones never show up.
 */
export async function diffMigrationsToSchema(options: SchemaDiffOptions): Promise<SchemaDiff> {
  const schema = await readFile(options.schemaPath, 'utf8');
  const files = [{ path: path.basename(options.schemaPath), content: schema }];
  const scratch = await createScratchDatabase(options.databaseUrl, 'hep2_diff');
  try {
    await applyMigrations(scratch.url, options.migrationsDir, options.log);
    const adapter = createEngineAdapter(scratch.url);
    const engine = await createSchemaEngine(adapter.factory);
    try {
      // `schemaDatasource` makes the engine describe the database behind the adapter (the scratch one).
      const from = { tag: 'schemaDatasource' as const, files, configDir: path.dirname(options.schemaPath) };
      const to = { tag: 'schemaDatamodel' as const, files };
      const summary = await engine.diff({ from, to, script: false, exitCode: true, filters: NO_FILTERS });
      // exitCode: true makes the engine report 2 when there is a difference, 0 when there is none.
      const empty = summary.exitCode === 0;
      const sql = empty
        ? ''
        : ((await engine.diff({ from, to, script: true, exitCode: null, filters: NO_FILTERS })).stdout ?? '');
      return { empty, summary: summary.stdout ?? '', sql };
    } finally {
      engine.free();
      await adapter.close();
    }
  } finally {
    await scratch.drop();
  }
}

export interface DriftReport {
  ok: boolean;
  /** Readable explanation, including the missing SQL when not ok. */
  message: string;
}

/** `schema.prisma` and the migrations must agree; `ok: false` comes with the diff that is missing. */
export async function checkSchemaDrift(options: SchemaDiffOptions): Promise<DriftReport> {
  const diff = await diffMigrationsToSchema(options);
  if (diff.empty) return { ok: true, message: 'schema.prisma and the migrations agree.' };
  return {
    ok: false,
    message:
      'schema.prisma and the migrations disagree. Changes the migrations are missing:\n' +
      `${diff.summary.trimEnd()}\n\nSQL a new migration would need (npm run db:migration -- --name <name>):\n` +
      diff.sql.trimEnd(),
  };
}
