import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../src/client';
import { Prisma } from '../src/generated/client';
import { applyMigrations } from '../src/migrations/migration-runner';
import { createScratchDatabase, type ScratchDatabase } from '../src/migrations/scratch-database';
import { prismaSql } from '../src/sql-client';
import { realMigrationsDir, serverUrl } from './test-database';

/*
 * `db.$sql()`: the hot paths' statements on the pg pool under Prisma. Its rows must be what
 * `$queryRaw` returns for the same statement, its transactions must commit and roll back as Prisma's
 * do, and BEGIN / COMMIT must share a round trip with the statements next to them.
 */
describe('SQL on the pool (db.$sql())', () => {
  let scratch: ScratchDatabase;
  let db: Db;
  beforeAll(async () => {
    scratch = await createScratchDatabase(serverUrl, 'hep2_sql_client');
    await applyMigrations(scratch.url, realMigrationsDir);
    db = createDb({ connectionString: scratch.url, poolSize: 2 });
    await db.$executeRaw`create table probe (id int primary key, note text not null)`;
  });
  afterAll(async () => {
    await db?.$disconnect();
    await scratch?.drop();
  });

  const notes = async () =>
    (await db.$queryRaw<{ note: string }[]>`select note from probe order by id`).map((r) => r.note);

  it('returns the rows $queryRaw returns: UTC timestamps, BigInt counts, JSON, bytea, arrays, nulls', async () => {
    const at = new Date('2026-03-04T05:06:07.089Z');
    const statement = () => Prisma.sql`select ${at}::timestamp(3) as "at", count(*) as "count",
      jsonb_build_object('k', ${'v'}::text) as "json", ${Buffer.from([1, 2, 255])}::bytea as "bytes",
      array[${'a'}::text, 'b'] as "list", ${null}::uuid as "none", ${2.5}::float8 as "real", 7::int as "int"
      from (values (1), (2)) v(x)`;
    for (let i = 0; i < 3; i++) {
      // the third run is a prepared statement (named from its second use on)
      const [direct] = await db.$sql().rows<Record<string, unknown>>(statement());
      const [viaPrisma] = await db.$queryRaw<Record<string, unknown>[]>(statement());
      expect(direct).toEqual(viaPrisma);
      expect(direct).toMatchObject({
        at,
        count: 2n,
        json: { k: 'v' },
        list: ['a', 'b'],
        none: null,
        real: 2.5,
        int: 7,
      });
      expect(Buffer.from(direct?.bytes as Uint8Array)).toEqual(Buffer.from([1, 2, 255]));
    }
  });

  it('commits what the transaction wrote; a statement run through prismaSql sees the same rows', async () => {
    const result = await db.$sql().transaction(async (sql) => {
      await sql.rows(Prisma.sql`insert into probe values (1, 'one')`);
      return sql.finalRows<{ n: bigint }>(Prisma.sql`select count(*) as n from probe`);
    });
    expect(result).toEqual([{ n: 1n }]);
    expect(await prismaSql(db).rows(Prisma.sql`select note from probe`)).toEqual([{ note: 'one' }]);
  });

  it('rolls everything back when the work throws, and the connection serves the next transaction', async () => {
    await expect(
      db.$sql().transaction(async (sql) => {
        await sql.rows(Prisma.sql`insert into probe values (2, 'two')`);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await notes()).toEqual(['one']);
  });

  it('a final statement that fails takes its COMMIT down with it: nothing of the transaction stays', async () => {
    await expect(
      db.$sql().transaction(async (sql) => {
        await sql.rows(Prisma.sql`insert into probe values (3, 'three')`);
        return sql.finalRows(Prisma.sql`insert into probe values (1, 'duplicate key')`);
      }),
    ).rejects.toThrow(/duplicate key/);
    expect(await notes()).toEqual(['one']);
    await db.$sql().transaction((sql) => sql.finalRows(Prisma.sql`insert into probe values (4, 'four')`));
    expect(await notes()).toEqual(['one', 'four']);
  });

  it('refuses a statement after the final one', async () => {
    await expect(
      db.$sql().transaction(async (sql) => {
        await sql.finalRows(Prisma.sql`select 1`);
        return sql.rows(Prisma.sql`insert into probe values (5, 'late')`);
      }),
    ).rejects.toThrow(/after the transaction committed/);
    expect(await notes()).toEqual(['one', 'four']);
  });

  it('survives Postgres ending an idle pooled connection, and reconnects', async () => {
    const fresh = createDb({ connectionString: scratch.url, poolSize: 1 });
    try {
      const [mine] = await fresh.$sql().rows<{ pid: number }>(Prisma.sql`select pg_backend_pid() as pid`);
      await db.$queryRaw`select pg_terminate_backend(${mine?.pid}::int)`;
      // the pool's idle client gets the server's goodbye as an 'error' event: nothing may throw
      await new Promise((resolve) => setTimeout(resolve, 200));
      const [again] = await fresh.$sql().rows<{ pid: number }>(Prisma.sql`select pg_backend_pid() as pid`);
      expect(again?.pid).not.toBe(mine?.pid);
    } finally {
      await fresh.$disconnect();
    }
  });

  it('ends the pool on $disconnect in a process that only ran db.$sql() (so the process can exit)', async () => {
    const fresh = createDb({ connectionString: scratch.url, poolSize: 1 });
    expect(await fresh.$sql().rows(Prisma.sql`select 1 as one`)).toEqual([{ one: 1 }]);
    await fresh.$disconnect();
    await expect(fresh.$sql().rows(Prisma.sql`select 1 as one`)).rejects.toThrow(/after calling end/);
  });

  it('sends BEGIN with the first statement and COMMIT with the final one', async () => {
    const written: string[][] = [];
    let batch: string[] | null = null;
    const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
    const original = proto.query;
    proto.query = function spy(this: { pipeline?: boolean }, ...args: unknown[]) {
      expect(this.pipeline).toBe(true);
      const first = args[0] as string | { text: string };
      if (!batch) {
        const current: string[] = [];
        batch = current;
        written.push(current);
        queueMicrotask(() => {
          batch = null;
        });
      }
      batch.push((typeof first === 'string' ? first : first.text).split(' ')[0] as string);
      return original.apply(this, args);
    };
    try {
      await db.$sql().transaction(async (sql) => {
        await sql.rows(Prisma.sql`select id from probe where id = 1 for update`);
        return sql.finalRows(Prisma.sql`update probe set note = 'uno' where id = 1`);
      });
    } finally {
      proto.query = original;
    }
    expect(written).toEqual([
      ['BEGIN', 'select'],
      ['update', 'COMMIT'],
    ]);
    expect(await notes()).toEqual(['uno', 'four']);
  });
});
