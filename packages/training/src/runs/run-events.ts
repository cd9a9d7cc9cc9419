import type { Db, Tx } from '@hep2/db';

/** Same channel and envelope as the API's event bus (apps/api/src/features/events). */
const CHANNEL = 'hep2_events';
export const TRAINING_RUN_TOPIC = 'training-run';

export interface TrainingRunEvent {
  runId: string;
  datasetId: string;
  status: string;
  [key: string]: unknown;
}

/**
 * NOTIFY so that every API replica's subscriptions see the change. Inside a transaction the event
 * is delivered only if it commits. Payloads stay small (ids, status, progress): NOTIFY caps at 8 kB.
 */
export async function publishRunEvent(db: Db | Tx, event: TrainingRunEvent): Promise<void> {
  const message = JSON.stringify({ topic: TRAINING_RUN_TOPIC, payload: event });
  await db.$executeRaw`select pg_notify(${CHANNEL}, ${message})`;
}
