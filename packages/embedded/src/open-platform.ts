import { applyMigrations, createDb, type Db, pendingObjectReader, prismaMigrationsDir } from '@hep2/db';
import { ObjectStore } from '@hep2/storage';
import { connectPlatform } from './connect-platform';
import type { PlatformSettings } from './platform-settings';

/*
 * The command-line tools' connection (`hep2`, `trainer`, `experiment`, `simulate:al`): the platform
 * connectPlatform chooses, a configured deployment, else the running `npm start`, else embedded
 * services started here, with its migrations applied and a database and an object store on it.
 * A subpath of its own (`@hep2/embedded/platform`), so that the web server, which imports the
 * package's root, does not load Prisma.
 */

/** Where a CLI works, and how it lets go of it. */
export interface Platform {
  db: Db;
  store: ObjectStore;
  /** Which services these are, for the CLI to print. */
  describe: string;
  close: () => Promise<void>;
}

export async function openPlatform(
  settings: PlatformSettings,
  log: (line: string) => void,
  options: { poolSize?: number } = {},
): Promise<Platform> {
  const platform = await connectPlatform(settings, {
    log,
    reuseRunning: true,
    prepare: (databaseUrl) => applyMigrations(databaseUrl, prismaMigrationsDir, log),
  });
  const db = createDb({ connectionString: platform.databaseUrl, poolSize: options.poolSize ?? 4 });
  // annotation masks committed but not uploaded yet are read from the database's outbox
  const store = new ObjectStore({ ...platform.objectStore, pending: pendingObjectReader(db) });
  const close = async () => {
    await db.$disconnect();
    await platform.stop();
  };
  return { db, store, describe: platform.describe, close };
}
