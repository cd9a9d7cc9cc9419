import { setTimeout as sleep } from 'node:timers/promises';
import type { Db } from '@hep2/db';
import { refreshSpecimenRollupOptimistic } from './specimen-rollup.service';

/*
 * Submissions refresh their specimen's roll-up after they commit, not inside their transaction: the
 * roll-up reads every vote of the specimen, so inside the submission it would hold the specimen row
 * (serialising every annotator working on that specimen) and could not see submissions committed
 * meanwhile. It runs without a transaction (refreshSpecimenRollupOptimistic: read, then write only
 * over the row version read). Annotators work through a specimen side by side, so refreshes arrive in
 * bursts: a refresh waits COALESCE_MS before reading the votes, and while one waits or runs, later
 * callers share a single follow-up run, which starts after it and so sees all of their commits.
 *
 * The submission does not wait for it: the roll-up is derived data for curators, and waiting put two
 * more statements (a quarter of the submission's time, more in its tail) in front of every
 * annotator's next patch. So the roll-up trails a submission by COALESCE_MS and a few ms; whoever
 * needs it current in this process (shutdown, tests) awaits rollupRefreshesSettled. If the process
 * dies between commit and refresh, the next change in that specimen (or the refreshSpecimenRollup
 * mutation) brings it up to date.
 */

/** How long a refresh waits for more submissions of its specimen before it reads the votes. */
const COALESCE_MS = 150;

interface Flights {
  running: Map<string, Promise<void>>;
  next: Map<string, Promise<void>>;
}

// keyed by the client so that two API instances in one process (tests) keep separate flights
const flightsByDb = new WeakMap<Db, Flights>();

/** Starts (or joins) a refresh of the specimen's roll-up in the background; failures are logged. */
export function scheduleRollupRefresh(db: Db, specimenId: string): void {
  refreshRollupAfterCommit(db, specimenId).catch((error: unknown) => {
    console.error(`specimen roll-up refresh failed for ${specimenId}: ${String(error)}`);
  });
}

/** Resolves once every roll-up refresh this process started on `db` (and their follow-ups) ended. */
export async function rollupRefreshesSettled(db: Db): Promise<void> {
  const flights = flightsByDb.get(db);
  while (flights && (flights.running.size > 0 || flights.next.size > 0)) {
    await Promise.allSettled([...flights.running.values(), ...flights.next.values()]);
  }
}

function refreshRollupAfterCommit(db: Db, specimenId: string): Promise<void> {
  const { running, next } = flightsOf(db);
  const queued = next.get(specimenId);
  if (queued) return queued;
  const current = running.get(specimenId);
  // with nothing running, wait a moment first: the submissions right behind this one share the run
  const before = current ? current.catch(() => {}) : sleep(COALESCE_MS);
  const followUp = before.then(() => {
    next.delete(specimenId);
    return start(db, running, specimenId);
  });
  next.set(specimenId, followUp);
  return followUp;
}

function flightsOf(db: Db): Flights {
  let flights = flightsByDb.get(db);
  if (!flights) {
    flights = { running: new Map(), next: new Map() };
    flightsByDb.set(db, flights);
  }
  return flights;
}

function start(db: Db, running: Map<string, Promise<void>>, specimenId: string): Promise<void> {
  const flight = refreshSpecimenRollupOptimistic(db, specimenId)
    .then(() => {})
    .finally(() => {
      if (running.get(specimenId) === flight) running.delete(specimenId);
    });
  running.set(specimenId, flight);
  return flight;
}
