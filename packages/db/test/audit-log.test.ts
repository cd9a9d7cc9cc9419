import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../src/migrations/migration-runner';
import { createScratchDatabase, type ScratchDatabase } from '../src/migrations/scratch-database';
import { realMigrationsDir, serverUrl } from './test-database';

describe('AuditLog append-only trigger', () => {
  let db: ScratchDatabase;
  let client: pg.Client;

  beforeAll(async () => {
    db = await createScratchDatabase(serverUrl, 'hep2_test');
    await applyMigrations(db.url, realMigrationsDir);
    client = new pg.Client({ connectionString: db.url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await db?.drop();
  });

  it('accepts inserts', async () => {
    const { rows } = await client.query(
      `INSERT INTO "AuditLog" (action, "entityType", "entityId") VALUES ('create', 'Dataset', 'd1') RETURNING id`,
    );
    expect(rows).toHaveLength(1);
  });

  it('refuses UPDATE', async () => {
    await expect(client.query(`UPDATE "AuditLog" SET action = 'tampered'`)).rejects.toThrow(
      /AuditLog is append-only: UPDATE/,
    );
  });

  it('refuses DELETE', async () => {
    await expect(client.query(`DELETE FROM "AuditLog"`)).rejects.toThrow(/AuditLog is append-only: DELETE/);
    const { rows } = await client.query(`SELECT action FROM "AuditLog"`);
    expect(rows).toEqual([{ action: 'create' }]);
  });
});
