import { applyMigrations, createDb, type Db, pendingObjectReader, prismaMigrationsDir } from '@hep2/db';
import { connectPlatform, type PlatformSettings } from '@hep2/embedded';
import { ObjectStore } from '@hep2/storage';

/** Where the CLI works: a configured deployment, the running `npm start`, or embedded services it starts. */
export interface Platform {
  db: Db;
  store: ObjectStore;
  describe: string;
  close: () => Promise<void>;
}

/** The platform's services as connectPlatform (@hep2/embedded) chooses them, with a database and a store on them. */
export async function openPlatform(
  settings: PlatformSettings,
  log: (line: string) => void,
): Promise<Platform> {
  const platform = await connectPlatform(settings, {
    log,
    reuseRunning: true,
    prepare: (databaseUrl) => applyMigrations(databaseUrl, prismaMigrationsDir, log),
  });
  const db = createDb({ connectionString: platform.databaseUrl, poolSize: 4 });
  // annotation masks committed but not uploaded yet are read from the database's outbox
  const store = new ObjectStore({ ...platform.objectStore, pending: pendingObjectReader(db) });
  const close = async () => {
    await db.$disconnect();
    await platform.stop();
  };
  return { db, store, describe: platform.describe, close };
}
