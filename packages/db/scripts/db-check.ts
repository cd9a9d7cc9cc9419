// `npm run db:check`: exit 1 when prisma/schema.prisma and prisma/migrations disagree (CI gate).
import { checkSchemaDrift } from '../src/migrations/schema-diff';
import { databaseUrlFromEnv, migrationsDir, schemaPath } from './script-context';

const report = await checkSchemaDrift({ databaseUrl: databaseUrlFromEnv(), migrationsDir, schemaPath });
if (report.ok) {
  console.log(report.message);
} else {
  console.error(report.message);
  process.exitCode = 1;
}
