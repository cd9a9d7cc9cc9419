import type { ApiServices } from '../../graphql/context';

export interface HealthReport {
  ok: boolean;
  database: boolean;
  objectStore: boolean;
  /**
   * The event bus listens (Postgres LISTEN). After a database restart requests are answered again
   * within a second, but the bus re-listens only after its backoff: events in that gap reach no
   * subscriber, so until it listens the replica is up but not ready.
   */
  events: boolean;
  version: string;
}

/** A health check shared by /readyz and every `health` field of every request. */
export type HealthCheck = () => Promise<HealthReport>;

/**
 * How long one answer is reused. Each check costs a database round trip and an object-store
 * request: a query of 1600 `health` aliases, sent three at a time, once ran ~5,000 of each, stalled
 * every other request for 100 s and made /readyz fail. Within this window all callers share one
 * answer (and one check in flight), so the cost is bounded by time, not by what clients send.
 */
const DEFAULT_TTL_MS = 1000;

const withTimeout = <T>(promise: Promise<T>, ms: number) => {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timeout')), ms);
    }),
  ]).finally(() => clearTimeout(timer));
};

/** Readiness: can this replica reach Postgres and the object store, and hear events, right now? (uncached) */
export async function checkHealth(
  services: Pick<ApiServices, 'db' | 'store'> & { events: Pick<ApiServices['events'], 'listening'> },
): Promise<HealthReport> {
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
  const events = services.events.listening;
  return {
    ok: database && objectStore && events,
    database,
    objectStore,
    events,
    version: process.env.npm_package_version ?? '0.1.0',
  };
}

/** `checkHealth` run at most once per `ttlMs`: concurrent callers share the check in flight. */
export function cachedHealthCheck(
  services: Parameters<typeof checkHealth>[0],
  ttlMs: number = DEFAULT_TTL_MS,
): HealthCheck {
  let current: { report: Promise<HealthReport>; settledAt: number | null } | null = null;
  return () => {
    const fresh =
      current && (current.settledAt === null || Date.now() - current.settledAt < ttlMs) ? current : null;
    if (fresh) return fresh.report;
    const entry: { report: Promise<HealthReport>; settledAt: number | null } = {
      report: checkHealth(services),
      settledAt: null,
    };
    entry.report.then(() => {
      entry.settledAt = Date.now();
    });
    current = entry;
    return entry.report;
  };
}
