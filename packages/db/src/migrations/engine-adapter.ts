import { PrismaPg } from '@prisma/adapter-pg';
import {
  bindMigrationAwareSqlAdapterFactory,
  DriverAdapterError,
  type ErrorCapturingSqlMigrationAwareDriverAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { createScratchDatabase } from './scratch-database';

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/**
 * The schema engine's catalog queries return Postgres' internal `"char"` type (pg_class.relkind,
 * pg_constraint.contype...), which adapter-pg refuses ("Unsupported column type char"). Its value is a
 * one-letter string, so relabelling the column as text before adapter-pg looks at it is lossless.
 */
function relabelCharColumns(result: unknown): unknown {
  if (typeof result === 'object' && result !== null && 'fields' in result && Array.isArray(result.fields)) {
    for (const field of result.fields as unknown[]) {
      if (
        typeof field === 'object' &&
        field !== null &&
        'dataTypeID' in field &&
        field.dataTypeID === PG_CHAR_OID
      ) {
        field.dataTypeID = PG_TEXT_OID;
      }
    }
  }
  return result;
}

function patchClient(client: pg.PoolClient): void {
  // pg's `query` is heavily overloaded: pool.query() calls it with a trailing callback, a checked-out
  // client (transactions) with the promise form. Both results get relabelled.
  const original = client.query.bind(client) as (...args: unknown[]) => unknown;
  const patched = (...args: unknown[]): unknown => {
    const last = args.at(-1);
    if (typeof last === 'function') {
      const callback = last as (error: unknown, result: unknown) => void;
      args[args.length - 1] = (error: unknown, result: unknown) =>
        callback(error, relabelCharColumns(result));
    }
    const out = original(...args);
    return out instanceof Promise ? out.then(relabelCharColumns) : out;
  };
  Object.assign(client, { query: patched });
}

function toDriverError(error: unknown): unknown {
  if (error instanceof pg.DatabaseError) {
    return new DriverAdapterError({
      kind: 'postgres',
      code: error.code ?? 'N/A',
      severity: error.severity ?? 'ERROR',
      message: error.message,
      detail: error.detail,
      column: error.column,
      hint: error.hint,
    });
  }
  return error;
}

async function connectEngineAdapter(
  connectionString: string,
  onDispose?: () => Promise<void>,
): Promise<SqlDriverAdapter> {
  const pool = new pg.Pool({ connectionString, max: 2 });
  pool.on('connect', patchClient);
  const inner = await new PrismaPg(pool).connect();
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    queryRaw: (query) => inner.queryRaw(query),
    executeRaw: (query) => inner.executeRaw(query),
    startTransaction: (isolation) => inner.startTransaction(isolation),
    getConnectionInfo: () => inner.getConnectionInfo?.() ?? { supportsRelationJoins: true },
    // adapter-pg splits scripts on ";" which breaks function bodies ($$ ... ; ... $$, our audit
    // trigger). Without parameters pg uses the simple-query protocol, which runs a whole script.
    executeScript: async (script) => {
      try {
        await pool.query(script);
      } catch (error) {
        throw toDriverError(error);
      }
    },
    dispose: async () => {
      await inner.dispose();
      await pool.end();
      await onDispose?.();
    },
  };
}

export interface EngineAdapter {
  factory: ErrorCapturingSqlMigrationAwareDriverAdapterFactory;
  /** Disposes connections the engine left open (freeing the engine does not), so databases can be dropped. */
  close(): Promise<void>;
}

/**
 * Adapter factory for the Wasm schema engine. `connect()` opens `connectionString`;
 * `connectToShadowDb()` creates a fresh scratch database on the same server and drops it on dispose.
 */
export function createEngineAdapter(connectionString: string): EngineAdapter {
  const live = new Set<SqlDriverAdapter>();
  const track = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    live.add(adapter);
    return { ...adapter, dispose: () => (live.delete(adapter) ? adapter.dispose() : Promise.resolve()) };
  };
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: 'postgres',
    adapterName: '@hep2/db-engine-adapter',
    connect: async () => track(await connectEngineAdapter(connectionString)),
    connectToShadowDb: async () => {
      const shadow = await createScratchDatabase(connectionString, 'hep2_shadow');
      return track(await connectEngineAdapter(shadow.url, shadow.drop));
    },
  };
  return {
    factory: bindMigrationAwareSqlAdapterFactory(factory),
    close: async () => {
      const open = [...live];
      live.clear();
      await Promise.all(open.map((adapter) => adapter.dispose()));
    },
  };
}
