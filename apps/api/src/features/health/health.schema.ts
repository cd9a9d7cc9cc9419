import { builder } from '../../graphql/builder';
import { checkHealth, type HealthReport } from './health.service';

const HealthRef = builder.objectRef<HealthReport>('Health').implement({
  description: 'Whether this API replica can reach its dependencies.',
  fields: (t) => ({
    ok: t.exposeBoolean('ok', { description: 'All dependencies reachable.' }),
    database: t.exposeBoolean('database', { description: 'Postgres answered.' }),
    objectStore: t.exposeBoolean('objectStore', { description: 'The object store answered.' }),
    version: t.exposeString('version', { description: 'API version.' }),
  }),
});

builder.queryField('health', (t) =>
  t.field({
    type: HealthRef,
    description: 'Health of this API replica (also at GET /readyz).',
    authScopes: { public: true },
    resolve: (_root, _args, ctx) => checkHealth(ctx),
  }),
);
