import { applyMigrations, createDb, type Db, pendingObjectReader, prismaMigrationsDir } from '@hep2/db';
import { connectPlatform, loadPlatformSettings } from '@hep2/embedded';
import { ObjectStore } from '@hep2/storage';

/**
 * simulate:al's connection, chosen as every CLI chooses it (connectPlatform of @hep2/embedded, as
 * `hep2`, `trainer` and `experiment` do): a configured deployment (DATABASE_URL and S3_*), else
 * the running `npm start`, else embedded services started on HEP2_DATA_DIR. Says which on stderr.
 */
export async function openPlatform(
  log: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Promise<{ db: Db; store: ObjectStore; close: () => Promise<void> }> {
  const platform = await connectPlatform(loadPlatformSettings(process.env), {
    log,
    reuseRunning: true,
    prepare: (databaseUrl) => applyMigrations(databaseUrl, prismaMigrationsDir, log),
  });
  log(`using ${platform.describe}`);
  const db = createDb({ connectionString: platform.databaseUrl, poolSize: 2 });
  // annotation masks committed but not uploaded yet are read from the database's outbox
  const store = new ObjectStore({ ...platform.objectStore, pending: pendingObjectReader(db) });
  return {
    db,
    store,
    close: async () => {
      await db.$disconnect();
      await platform.stop();
    },
  };
}
