import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { Prisma, PrismaClient } from './generated/client';
import { sqlDatabase } from './sql-client';
import { preparedStatementNames } from './statement-names';

export interface DbConfig {
  connectionString: string;
  /** Connections in this process's pool. */
  poolSize?: number;
  /** How long an unused connection stays open (default 300 s). */
  idleSeconds?: number;
}

/**
 * A new connection is expensive on the request that opens it: Postgres forks a backend, which then
 * loads its catalog caches and prepares and plans each statement again (the claim statement's plan
 * alone took 3-12 ms). node-postgres closes a connection after 10 s unused, so a pool under bursty load
 * (annotators thinking between saves) reopened a couple of dozen connections a minute, on the paths of
 * the requests they served. Minutes keep them through a lull; a pool still shrinks overnight.
 */
const DEFAULT_IDLE_SECONDS = 300;

/**
 * Limits of interactive transactions (`db.$transaction(async (tx) => ...)`). Prisma's defaults - 2 s
 * to get a connection, 5 s to finish - are ceilings a loaded database reaches: under 20 annotators
 * on a busy 2-core machine a lease release (a few statements) was cut at 5 s, and the annotator got
 * an error for work that would have committed a moment later. A transaction that is slow is still
 * bounded; one that is stuck still ends.
 */
const TRANSACTION_LIMITS = { maxWait: 10_000, timeout: 20_000 } as const;

/**
 * Refuses `updateMany` / `deleteMany` with an empty `where`: a forgotten filter must fail loudly
 * instead of rewriting a whole table (the guard cal.com keeps for the same reason).
 */
const guardBulkWrites = Prisma.defineExtension({
  name: 'guard-bulk-writes',
  query: {
    $allModels: {
      async updateMany({ model, args, query }) {
        assertFiltered(model, 'updateMany', args.where);
        return query(args);
      },
      async deleteMany({ model, args, query }) {
        assertFiltered(model, 'deleteMany', args.where);
        return query(args);
      },
    },
  },
});

function assertFiltered(model: string, operation: string, where: unknown): void {
  if (!where || (typeof where === 'object' && Object.keys(where).length === 0)) {
    throw new Error(`${model}.${operation} without a where clause is refused`);
  }
}

export function createDb(config: DbConfig) {
  // One pool for Prisma and for the hot paths' SQL (`db.$sql()`, see sql-client.ts). Pipeline mode
  // sends Prisma's statements in the order it did: it awaits each one before the next, and the
  // INSERTs of a createMany it splits now go out together instead of queueing on the connection.
  const pool = new pg.Pool({
    connectionString: config.connectionString,
    max: config.poolSize ?? 10,
    idleTimeoutMillis: (config.idleSeconds ?? DEFAULT_IDLE_SECONDS) * 1000,
    pipeline: true,
  });
  // An idle connection that dies (Postgres restarted) is dropped by the pool and the next statement
  // opens another; unlistened, the pool's 'error' would crash the process (Prisma listens only while
  // it is connected).
  pool.on('error', () => {});
  // A checked-out connection (a transaction, Prisma's or ours) has no pool listener while it is out:
  // when Postgres stops (57P01, EPIPE, ECONNRESET) its client emits 'error', which unlistened killed
  // the process. Its statements fail with that error (the caller sees DATABASE_UNAVAILABLE) and the
  // pool discards the connection on release, since it is no longer queryable.
  pool.on('connect', (client) => {
    client.on('error', () => {});
  });
  const statementName = preparedStatementNames();
  const adapter = new PrismaPg(pool, { statementNameGenerator: statementName, disposeExternalPool: true });
  // 'minimal': no call-site capture (an Error and its stack) on every query just to decorate messages
  const client = new PrismaClient({
    adapter,
    errorFormat: 'minimal',
    transactionOptions: TRANSACTION_LIMITS,
  });
  // Prisma ends the pool on $disconnect only if it connected; a process that only ran db.$sql()
  // would otherwise keep its connections, and not exit, after disconnecting. A failed connect is
  // tried again on the next statement.
  let connected: Promise<void> | null = null;
  const sql = sqlDatabase(pool, statementName, () => {
    connected ??= client.$connect().catch((error: unknown) => {
      connected = null;
      throw error;
    });
    return connected;
  });
  return client.$extends(guardBulkWrites).$extends({ name: 'sql', client: { $sql: () => sql } });
}

export type Db = ReturnType<typeof createDb>;
/** The client inside `db.$transaction(async (tx) => ...)`. */
export type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];
