import { createHash } from 'node:crypto';

/** How many distinct statements a process keeps prepared on each connection, at most. */
const MAX_PREPARED = 400;
/** A statement is prepared once it has been sent this many times: one-off SQL stays unnamed. */
const PREPARE_AFTER = 2;

/**
 * Names for Prisma's statements, so that the pg driver prepares each hot statement once per
 * connection and then only binds and executes it. Unnamed, every execution was parsed, analysed and
 * planned again: for the workflow's claim and save statements, planning cost more Postgres CPU than
 * running them (about 1 ms each against 0.4-0.8 ms), and on a 2-core machine that CPU is latency.
 * Postgres then chooses per statement between re-planning with the actual values and a generic plan,
 * which it only uses when that is not estimated to be worse.
 *
 * One rule follows for raw SQL: a statement's own result columns are listed, never `*` (inside a
 * CTE `*` is fine). A prepared `select * from t` fails with "cached plan must not change result
 * type" once a migration adds a column to t while replicas still run; with listed columns Postgres
 * re-plans silently (checked against Postgres 15). Prisma's own queries always list their columns.
 *
 * Bounded, because each prepared statement holds memory in every pooled connection's backend:
 * SQL seen only once (ad-hoc reports, migrations) stays unnamed, and past MAX_PREPARED distinct
 * statements new ones stay unnamed too. An empty name is the driver's unnamed statement.
 */
export function preparedStatementNames(): (query: { sql: string }) => string {
  const seen = new Map<string, number>();
  const named = new Map<string, string>();
  return ({ sql }) => {
    const name = named.get(sql);
    if (name) return name;
    if (named.size >= MAX_PREPARED) return '';
    const count = (seen.get(sql) ?? 0) + 1;
    if (count < PREPARE_AFTER) {
      // forget one-off statements rather than grow without bound
      if (seen.size >= MAX_PREPARED * 4) seen.clear();
      seen.set(sql, count);
      return '';
    }
    seen.delete(sql);
    const hashed = `hep2_${createHash('sha1').update(sql).digest('hex').slice(0, 20)}`;
    named.set(sql, hashed);
    return hashed;
  };
}
