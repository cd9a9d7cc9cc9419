import path from 'node:path';

// Resolved from this file, so callers (API start-up, scripts, tests) work from any working directory.
// Migrations are deployed as source files next to the schema, not bundled into the package.
const repoRoot = path.resolve(import.meta.dirname, '../../../..');
export const prismaSchemaPath = path.join(repoRoot, 'prisma/schema.prisma');
export const prismaMigrationsDir = path.join(repoRoot, 'prisma/migrations');
