import { lexicographicSortSchema } from 'graphql';
import { builder } from './builder';
import './scalars';
// Each feature registers its types and root fields on the builder.
import '../features/accounts/accounts.schema';
import '../features/audit/audit.schema';
import '../features/health/health.schema';
import './feature-schemas';

let schema: ReturnType<typeof builder.toSchema> | null = null;

/** Built once, lazily: importing this module has no side effects beyond registering types. */
export function getSchema() {
  schema ??= lexicographicSortSchema(builder.toSchema());
  return schema;
}
