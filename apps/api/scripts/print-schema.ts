/** Writes apps/api/schema.graphql from the code-first schema; `--check` fails when the file is stale. */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printSchema } from 'graphql';
import { getSchema } from '../src/graphql/schema';

const target = fileURLToPath(new URL('../schema.graphql', import.meta.url));
const printed = `${printSchema(getSchema())}\n`;
if (process.argv.includes('--check')) {
  const current = readFileSync(target, 'utf8');
  if (current !== printed) {
    console.error('apps/api/schema.graphql is stale: run `npm run schema:print`');
    process.exit(1);
  }
  console.log('schema.graphql is up to date');
} else {
  writeFileSync(target, printed);
  console.log(`wrote ${target}`);
}
