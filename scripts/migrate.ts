/** Applies pending migrations to DATABASE_URL (used by the production `migrate` service). */
import { applyMigrations, prismaMigrationsDir } from '@hep2/db';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is required');
  process.exit(2);
}
const result = await applyMigrations(url, prismaMigrationsDir, (line) => console.log(line));
console.log(`applied ${result.applied.length} migration(s)`);
