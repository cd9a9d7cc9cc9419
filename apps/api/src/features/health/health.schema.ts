import { builder } from '../../graphql/builder';
import type { HealthReport } from './health.service';

const HealthRef = builder.objectRef<HealthReport>('Health').implement({
  description: 'Whether this API replica can reach its dependencies.',
  fields: (t) => ({
    ok: t.exposeBoolean('ok', { description: 'All dependencies reachable.' }),
    database: t.exposeBoolean('database', { description: 'Postgres answered.' }),
    objectStore: t.exposeBoolean('objectStore', { description: 'The object store answered.' }),
    events: t.exposeBoolean('events', {
      description:
        'The event bus listens: subscriptions get events (false for a few seconds after a database restart).',
    }),
    version: t.exposeString('version', { description: 'API version.' }),
  }),
});

builder.queryField('health', (t) =>
  t.field({
    type: HealthRef,
    description: 'Health of this API replica (also at GET /readyz).',
    authScopes: { public: true },
    // shared by every alias of this request and by requests within a second (health.service.ts)
    resolve: (_root, _args, ctx) => ctx.health(),
  }),
);
