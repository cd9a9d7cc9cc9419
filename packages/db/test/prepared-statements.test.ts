import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../src/client';
import { applyMigrations } from '../src/migrations/migration-runner';
import { createScratchDatabase, type ScratchDatabase } from '../src/migrations/scratch-database';
import { preparedStatementNames } from '../src/statement-names';
import { realMigrationsDir, serverUrl } from './test-database';

describe('prepared statement names', () => {
  it('names a statement from its second use on, the same name every time; one-offs stay unnamed', () => {
    const nameOf = preparedStatementNames();
    expect(nameOf({ sql: 'select 1' })).toBe('');
    const name = nameOf({ sql: 'select 1' });
    expect(name).toMatch(/^hep2_[0-9a-f]{20}$/);
    expect(nameOf({ sql: 'select 1' })).toBe(name);
    expect(nameOf({ sql: 'select 2' })).toBe('');
    expect(nameOf({ sql: 'select 2' })).not.toBe(name);
  });

  it('stops naming new statements at its bound (each one holds memory in every connection)', () => {
    const nameOf = preparedStatementNames();
    const named = new Set<string>();
    for (let i = 0; i < 1000; i++) {
      nameOf({ sql: `select ${i}` });
      const name = nameOf({ sql: `select ${i}` });
      if (name) named.add(name);
    }
    expect(named.size).toBe(400);
    expect(nameOf({ sql: 'select 0' })).not.toBe('');
  });
});

describe('Prisma on prepared statements', () => {
  let scratch: ScratchDatabase;
  let db: Db;
  beforeAll(async () => {
    scratch = await createScratchDatabase(serverUrl, 'hep2_prepared');
    await applyMigrations(scratch.url, realMigrationsDir);
    db = createDb({ connectionString: scratch.url, poolSize: 1 });
  });
  afterAll(async () => {
    await db?.$disconnect();
    await scratch?.drop();
  });

  it('prepares a repeated raw statement once on the connection and keeps returning its results', async () => {
    const run = (n: number) => db.$queryRaw<{ n: number }[]>`select ${n}::int + 1 as n`;
    expect(await run(1)).toEqual([{ n: 2 }]);
    expect(await run(2)).toEqual([{ n: 3 }]);
    expect(await run(3)).toEqual([{ n: 4 }]);
    const prepared = await db.$queryRaw<{ statement: string }[]>`
      select statement from pg_prepared_statements where statement like '%::int + 1 as n%'`;
    expect(prepared).toHaveLength(1);
  });
});
