import { Prisma } from '@hep2/db';
import type { z } from 'zod';

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

/**
 * Picks the `prefix`ed columns of a row back into an object keyed like the select. A select key the
 * statement did not return throws, naming the column: a field added to the select but not to a
 * hand-written statement fails every test that runs the statement, instead of reading undefined.
 */
export function pickColumns<T>(
  row: Record<string, unknown>,
  select: Record<string, unknown>,
  prefix: string,
): T {
  return Object.fromEntries(
    Object.keys(select).map((key) => {
      const column = `${prefix}${key}`;
      if (!(column in row)) throw new Error(`the statement returned no column "${column}"`);
      return [key, row[column]];
    }),
  ) as T;
}

/**
 * The typed row of a hand-written statement: the columns the code reads, checked when it runs (a
 * column renamed or dropped in the SQL fails with its name, not as a silent undefined).
 */
export function statementRow<S extends z.ZodType>(statement: string, schema: S, row: unknown): z.infer<S> {
  const parsed = schema.safeParse(row);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new Error(`${statement}: column "${issue?.path.join('.')}": ${issue?.message}`);
}

/** A column a statement leaves alone: unchanged by an update, its default in an insert. */
export const KEEP: unique symbol = Symbol('keep');

/**
 * A value for every column of `Row` (a Prisma model type): a statement written with these names
 * what it does with each column, so a column added to the model fails to compile where a
 * hand-written statement does not say what it writes (KEEP says: nothing).
 */
export type ColumnValues<Row> = { readonly [K in keyof Row]-?: Prisma.Sql | typeof KEEP };

const written = (values: Record<string, Prisma.Sql | typeof KEEP>) =>
  Object.entries(values).flatMap(([column, value]) =>
    value === KEEP ? [] : [{ column: Prisma.raw(`"${column}"`), value }],
  );

/** `"a" = value, ...`: the set list of an update, for the columns not KEEP. */
export function setSql<Row>(values: ColumnValues<Row>): Prisma.Sql {
  return Prisma.join(
    written(values).map(({ column, value }) => Prisma.sql`${column} = ${value}`),
    ', ',
  );
}

/** The column list and the matching values of an insert, for the columns not KEEP (defaults). */
export function insertSql<Row>(values: ColumnValues<Row>): { columns: Prisma.Sql; values: Prisma.Sql } {
  const entries = written(values);
  return {
    columns: Prisma.join(
      entries.map((e) => e.column),
      ', ',
    ),
    values: Prisma.join(
      entries.map((e) => e.value),
      ', ',
    ),
  };
}

/** `alias."column"` for each column: another row's values, to copy into a statement's columns. */
export function copiedSql<K extends string>(alias: string, columns: readonly K[]): Record<K, Prisma.Sql> {
  return Object.fromEntries(columns.map((c) => [c, Prisma.raw(`${alias}."${c}"`)])) as Record<K, Prisma.Sql>;
}
