// `npm run db:migration -- --name <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql
// with the SQL from the current migrations to prisma/schema.prisma (Wasm schema engine diff).
import { parseArgs } from 'node:util';
import { generateMigration } from '../src/migrations/migration-generator';
import { databaseUrlFromEnv, migrationsDir, schemaPath } from './script-context';

const { values } = parseArgs({ options: { name: { type: 'string' } } });
if (!values.name) {
  console.error('usage: npm run db:migration -- --name <name>');
  process.exit(2);
}
const created = await generateMigration({
  databaseUrl: databaseUrlFromEnv(),
  migrationsDir,
  schemaPath,
  name: values.name,
});
if (created) {
  console.log(
    `wrote ${created.file}\nReview it, add hand-written SQL (triggers...) below the generated part, then commit.`,
  );
} else {
  console.log('schema.prisma and the migrations already agree: no migration written.');
}
