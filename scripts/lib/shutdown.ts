import { type ManagedProcess, stopProcesses, withinTime } from './processes';

/** How long each step of the platform's shutdown may take; together well within 10 s. */
export const SHUTDOWN_BUDGET = {
  /** SIGTERM to the apps, then SIGKILL to what is left (their whole process groups). */
  appsMs: 5000,
  /** The embedded database and object store: a Postgres that is down never reports its exit. */
  servicesMs: 3000,
};

/**
 * Stops the apps, then the services, each step bounded whatever state they are in (an app that
 * ignores SIGTERM, one hung on a database that is gone, a Postgres killed from outside).
 */
export async function shutdownPlatform(
  processes: ManagedProcess[],
  services: { stop(): Promise<void> },
  budget = SHUTDOWN_BUDGET,
): Promise<void> {
  await stopProcesses(processes, budget.appsMs);
  await withinTime(
    services.stop().catch(() => {}),
    budget.servicesMs,
  );
}
