import type { Db, Tx } from '@hep2/db';
import { publishEvent } from '../events/event-bus';
import { topics } from '../events/topics';

// Payloads stay tiny (NOTIFY caps them at 8000 bytes); subscribers re-read what they show.

/** Queue counts and presence of a dataset changed; delivered when `tx` commits. */
export async function announceQueueChange(tx: Db | Tx, datasetId: string): Promise<void> {
  await publishEvent(tx, topics.queueCounts, { datasetId });
  await publishEvent(tx, topics.presence, { datasetId });
}
