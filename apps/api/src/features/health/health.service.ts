import type { ApiServices } from '../../graphql/context';

export interface HealthReport {
  ok: boolean;
  database: boolean;
  objectStore: boolean;
  version: string;
}

const withTimeout = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms)),
  ]);

/** Readiness: can this replica reach Postgres and the object store right now? */
export async function checkHealth(services: Pick<ApiServices, 'db' | 'store'>): Promise<HealthReport> {
  const [database, objectStore] = await Promise.all([
    withTimeout(services.db.$queryRaw`select 1`, 2000).then(
      () => true,
      () => false,
    ),
    withTimeout(services.store.ping(), 2000).then(
      () => true,
      () => false,
    ),
  ]);
  return {
    ok: database && objectStore,
    database,
    objectStore,
    version: process.env.npm_package_version ?? '0.1.0',
  };
}
