import pg from 'pg';
import type { Prisma } from './generated/client';

/**
 * Hand-written SQL (`Prisma.sql` fragments), run either through Prisma (`prismaSql(tx)`, inside one
 * of its transactions) or straight on the pg pool under Prisma (`db.$sql()`), which the hot paths
 * use. Prisma's client costs ~0.04 ms of CPU per raw statement and ~0.25 ms per interactive
 * transaction on top of the driver, and it sends BEGIN and COMMIT as round trips of their own; on
 * the pool, BEGIN travels with the transaction's first statement and COMMIT with its last
 * (`finalRows`), so a lock-then-write transaction costs two round trips instead of four.
 * Rows come back typed as `$queryRaw` types them (see RAW_TYPES), so one statement's callers cannot
 * tell which path ran it.
 */
export interface SqlClient {
  rows<T>(query: Prisma.Sql): Promise<T[]>;
  /**
   * The transaction's last statement. On the pool it is sent together with COMMIT (if it fails, the
   * server rolls the transaction back instead); nothing may run in the transaction after it.
   */
  finalRows<T>(query: Prisma.Sql): Promise<T[]>;
}

export interface SqlDatabase {
  /** One statement in a transaction of its own. */
  rows<T>(query: Prisma.Sql): Promise<T[]>;
  /** BEGIN ... COMMIT on one pooled connection; ROLLBACK when `work` throws. */
  transaction<T>(work: (sql: SqlClient) => Promise<T>): Promise<T>;
}

/** SQL inside a Prisma interactive transaction (or on the client), for paths that also need its ORM. */
export function prismaSql(tx: { $queryRaw<T>(query: Prisma.Sql): Promise<T> }): SqlClient {
  const rows = <T>(query: Prisma.Sql) => tx.$queryRaw<T[]>(query);
  return { rows, finalRows: rows };
}

const TIMESTAMP_OID = 1114;
const INT8_OID = 20;
const BYTEA_OID = 17;
const parseBytea = pg.types.getTypeParser(BYTEA_OID, 'text') as (text: string) => Buffer;

/**
 * `$queryRaw`'s types where pg's defaults differ: Prisma stores DateTime as `timestamp` without time
 * zone, in UTC (pg would read it as local time), gives int8 (counts) as BigInt (pg: a string) and
 * bytea as a plain Uint8Array (pg: a Buffer).
 */
const RAW_TYPES = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === TIMESTAMP_OID) return (text: string) => new Date(`${text.replace(' ', 'T')}Z`);
    if (oid === INT8_OID) return (text: string) => BigInt(text);
    if (oid === BYTEA_OID)
      return (text: string) => {
        const bytes = parseBytea(text);
        return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      };
    return pg.types.getTypeParser(oid, format);
  },
};

// pg writes a Date parameter in local time; Prisma writes UTC, which `timestamp` columns hold.
const toParameter = (value: unknown) => (value instanceof Date ? value.toISOString() : value);

type StatementName = (query: { sql: string }) => string;

function queryConfig(query: Prisma.Sql, name: StatementName): pg.QueryConfig {
  const prepared = name({ sql: query.text });
  return {
    text: query.text,
    values: query.values.map(toParameter),
    types: RAW_TYPES as pg.CustomTypesConfig,
    ...(prepared ? { name: prepared } : {}),
  };
}

/**
 * The pool must be in pg's pipeline mode (`pipeline: true`): statements are written as soon as they
 * are issued, not after the previous one's answer, which is what lets BEGIN and COMMIT share a
 * round trip with a statement.
 */
export function sqlDatabase(
  pool: pg.Pool,
  name: StatementName,
  /** Resolves once Prisma has connected: its disconnect ends the pool only then. */
  ready: () => Promise<void>,
): SqlDatabase {
  const run = async <T>(client: pg.Pool | pg.PoolClient, query: Prisma.Sql) =>
    (await client.query(queryConfig(query, name))).rows as T[];
  return {
    async rows(query) {
      await ready();
      return run(pool, query);
    },
    async transaction(work) {
      await ready();
      const client = await pool.connect();
      const begun = client.query('BEGIN');
      begun.catch(() => {}); // seen by the first statement, or by the rollback below
      let committed: Promise<unknown> | null = null;
      let broken: Error | undefined;
      const afterBegin = async <T>(query: Prisma.Sql) =>
        (await Promise.all([begun, run<T>(client, query)]))[1];
      const sql: SqlClient = {
        async rows(query) {
          if (committed) throw new Error('statement after the transaction committed');
          return afterBegin(query);
        },
        async finalRows<T>(query: Prisma.Sql) {
          if (committed) throw new Error('statement after the transaction committed');
          const statement = afterBegin<T>(query);
          committed = client.query('COMMIT');
          // wait for both answers before anything can release the connection
          const [rows, commit] = await Promise.allSettled([statement, committed]);
          if (rows.status === 'rejected') throw rows.reason;
          if (commit.status === 'rejected') throw commit.reason;
          return rows.value;
        },
      };
      try {
        const result = await work(sql);
        if (!committed) await Promise.all([begun, client.query('COMMIT')]);
        return result;
      } catch (error) {
        if (!committed)
          await Promise.allSettled([begun]).then(() =>
            client.query('ROLLBACK').catch((rollbackError: Error) => {
              broken = rollbackError;
            }),
          );
        throw error;
      } finally {
        // a connection whose ROLLBACK failed is in an unknown state: the pool drops it
        client.release(broken);
      }
    },
  };
}
