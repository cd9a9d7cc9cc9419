import { rollupRefreshesSettled } from '../../src/features/review/specimen-rollup-refresh';
import { pendingUploadsSettled } from '../../src/shared/pending-objects';
import type { TestApi } from './test-api';

/** Rows per table (every table of the public schema) and objects in the bucket: what a call may write. */
export type WriteSnapshot = Map<string, number>;

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Counts exactly (pg_stat_user_tables lags behind): the database must be the test's own. */
export async function takeWriteSnapshot(api: TestApi): Promise<WriteSnapshot> {
  const tables = await api.db.$queryRawUnsafe<{ name: string }[]>(
    `select table_name as name from information_schema.tables
     where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  const counts = await api.db.$queryRawUnsafe<{ name: string; rows: bigint }[]>(
    tables
      .map(
        (t) =>
          `select '${t.name.replaceAll("'", "''")}' as name, count(*) as rows from ${quoteIdent(t.name)}`,
      )
      .join(' union all '),
  );
  const snapshot: WriteSnapshot = new Map(counts.map((c) => [c.name, Number(c.rows)]));
  snapshot.set('s3 objects', (await api.services.store.list('')).length);
  return snapshot;
}

/** What changed between two snapshots, e.g. ["Dataset +1", "s3 objects +2"]; empty when nothing. */
export function writesBetween(before: WriteSnapshot, after: WriteSnapshot, ignore: ReadonlySet<string>) {
  const changes: string[] = [];
  for (const [name, count] of after) {
    if (ignore.has(name)) continue;
    const delta = count - (before.get(name) ?? 0);
    if (delta !== 0) changes.push(`${name} ${delta > 0 ? '+' : ''}${delta}`);
  }
  return changes;
}

/** Work an accepted call leaves running after it answered (roll-ups, mask uploads) is done. */
export async function backgroundWritesSettled(api: TestApi): Promise<void> {
  await rollupRefreshesSettled(api.db);
  await pendingUploadsSettled(api.db);
}
