import { Prisma } from '@hep2/db';

/*
 * SQL fragments shared by the statements written by hand for hot paths (every request's viewer
 * lookup; claim, submit and heartbeat): each round trip costs a Prisma request and a socket write,
 * and under load those dominate the latency.
 */

/** The current time as Prisma stores DateTime columns (timestamp without time zone, in UTC). */
export const NOW = Prisma.sql`(now() at time zone 'utc')`;

/** `alias."a" as "prefix_a", ...` for the keys of a Prisma select object. */
export function columnsSql(alias: string, select: Record<string, unknown>, prefix: string): Prisma.Sql {
  return Prisma.raw(
    Object.keys(select)
      .map((key) => `${alias}."${key}" as "${prefix}${key}"`)
      .join(', '),
  );
}

/** Picks the `prefix`ed columns of a row back into an object keyed like the select. */
export function pickColumns<T>(
  row: Record<string, unknown>,
  select: Record<string, unknown>,
  prefix: string,
): T {
  return Object.fromEntries(Object.keys(select).map((key) => [key, row[`${prefix}${key}`]])) as T;
}
