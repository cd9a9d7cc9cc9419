import pg from 'pg';

export interface Counted<T> {
  result: T;
  statements: string[];
  /** Statements grouped by round trip: those issued in one synchronous run travel together. */
  roundTrips: string[][];
}

/**
 * Counts the statements this process sends to Postgres (every pool client, Prisma's adapter included:
 * BEGIN and COMMIT are statements too) while `fn` runs, and the round trips they take. The pool runs
 * in pg's pipeline mode, so statements issued on a connection before the code yields (BEGIN with a transaction's first
 * statement, a last statement with COMMIT) are written at once and answered together: one round trip.
 * The test API runs in the test process, so these are what one GraphQL operation costs. Run nothing
 * else meanwhile; the background job queue's own polling (pg-boss, schema `pgboss`) is left out.
 */
export async function countStatements<T>(fn: () => Promise<T>): Promise<Counted<T>> {
  const statements: string[] = [];
  const roundTrips: string[][] = [];
  let open: string[] | null = null;
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function counted(this: { pipeline?: boolean }, ...args: unknown[]) {
    const first = args[0];
    const text = typeof first === 'string' ? first : (first as { text?: string } | null)?.text;
    const line = (text ?? '?').replace(/\s+/g, ' ').trim();
    if (!line.includes('pgboss.')) {
      statements.push(line.slice(0, 120));
      // without pipeline mode pg holds a statement back until the previous one is answered
      if (!open || !this.pipeline) {
        const trip: string[] = [];
        open = trip;
        roundTrips.push(trip);
        queueMicrotask(() => {
          open = null;
        });
      }
      open.push(line.slice(0, 60));
    }
    return original.apply(this, args);
  };
  try {
    return { result: await fn(), statements, roundTrips };
  } finally {
    proto.query = original;
  }
}
