export {
  prismaMigrationsDir as migrationsDir,
  prismaSchemaPath as schemaPath,
} from '../src/migrations/repo-paths';

/**
 * The server to create scratch databases on. Required explicitly: silently falling back to some
 * local server would make the check pass or fail depending on the machine.
 */
export function databaseUrlFromEnv(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error(
      'DATABASE_URL is not set: it must name a Postgres server where this user may CREATE DATABASE.',
    );
    process.exit(2);
  }
  return url;
}
