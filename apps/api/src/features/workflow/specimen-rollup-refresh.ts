import type { Db } from '@hep2/db';
import { refreshSpecimenRollupOptimistic } from './specimen-rollup.service';

/*
 * Submissions refresh their specimen's roll-up after they commit, not inside their transaction: the
 * roll-up reads every vote of the specimen, so inside the submission it would hold the specimen row
 * (serialising every annotator working on that specimen) and could not see submissions committed
 * meanwhile. It runs without a transaction (refreshSpecimenRollupOptimistic: read, then write only
 * over the row version read). Annotators work through a specimen side by side, so refreshes arrive in
 * bursts: while one runs, later callers share a single follow-up run, which starts after it and so
 * sees all of their commits. The submission waits for it, so its caller reads a current roll-up. The
 * roll-up is derived data: if the process dies between commit and refresh, the next change in that
 * specimen (or the refreshSpecimenRollup mutation) brings it up to date.
 */

interface Flights {
  running: Map<string, Promise<void>>;
  next: Map<string, Promise<void>>;
}

// keyed by the client so that two API instances in one process (tests) keep separate flights
const flightsByDb = new WeakMap<Db, Flights>();

export function refreshRollupAfterCommit(db: Db, specimenId: string): Promise<void> {
  let flights = flightsByDb.get(db);
  if (!flights) {
    flights = { running: new Map(), next: new Map() };
    flightsByDb.set(db, flights);
  }
  const { running, next } = flights;
  const queued = next.get(specimenId);
  if (queued) return queued;
  const current = running.get(specimenId);
  if (!current) return start(db, running, specimenId);
  const followUp = current
    .catch(() => {})
    .then(() => {
      next.delete(specimenId);
      return start(db, running, specimenId);
    });
  next.set(specimenId, followUp);
  return followUp;
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
