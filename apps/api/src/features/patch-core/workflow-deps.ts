import type { Db } from '@hep2/db';
import type { ObjectStore } from '@hep2/storage';

/** What workflow services need from the app; built from the request context by the schema layer. */
export interface WorkflowDeps {
  db: Db;
  store: ObjectStore;
  /** Lease length; a heartbeat extends a live lease by this much. */
  leaseSeconds: number;
  /** ALLOW_SELF_REVIEW: a curator may review a patch they labelled (default: refused, SELF_REVIEW). */
  allowSelfReview: boolean;
  requestId: string | null;
}

export { type Actor, isCurator } from '../../shared/actor';
