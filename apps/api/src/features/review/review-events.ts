import type { Db, Tx } from '@hep2/db';
import { publishEvent } from '../events/event-bus';
import { topics } from '../events/topics';
import type { ReviewEventDto } from './review.dto';

// Payloads stay tiny (NOTIFY caps them at 8000 bytes); subscribers re-read what they show.

export async function announceReview(
  tx: Db | Tx,
  review: ReviewEventDto,
  authorIds: readonly string[],
): Promise<void> {
  await publishEvent(tx, topics.patchReview, { ...review, authorIds: [...authorIds] });
}

export async function announceReturnedWork(
  tx: Db | Tx,
  annotationId: string,
  authorId: string,
): Promise<void> {
  await publishEvent(tx, topics.returnedWork, { annotationId, authorId });
}
