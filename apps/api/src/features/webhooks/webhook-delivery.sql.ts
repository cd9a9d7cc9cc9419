import { type Db, Prisma } from '@hep2/db';
import { NOW } from '../../shared/sql';

/** A delivery this process holds (SENDING, lockedUntil in the future) with what it needs to send it. */
export interface ClaimedDelivery {
  id: string;
  event: string;
  payload: unknown;
  /** Including the attempt about to be made. */
  attempts: number;
  url: string;
  secret: string;
}

/** How an attempt ended: SUCCEEDED, PENDING again after `retryInMs`, or FAILED for good. */
export interface AttemptRecord {
  status: 'SUCCEEDED' | 'PENDING' | 'FAILED';
  retryInMs: number | null;
  responseStatus: number | null;
  responseBody: string | null;
  error: string | null;
  durationMs: number;
}

const interval = (ms: number) => Prisma.sql`make_interval(secs => ${ms / 1000}::float8)`;

/**
 * Takes up to `limit` due deliveries for this process: PENDING ones whose time has come, and SENDING
 * ones whose lock expired (the replica sending them died). SKIP LOCKED lets every replica claim at
 * once without waiting on each other; the lock window outlasts the send's timeout.
 */
export async function claimDueDeliveries(db: Db, limit: number, lockMs: number): Promise<ClaimedDelivery[]> {
  return db.$queryRaw<ClaimedDelivery[]>`
    with due as (
      select d.id from "WebhookDelivery" d
      where (d.status = 'PENDING' and d."nextAttemptAt" <= ${NOW})
         or (d.status = 'SENDING' and d."lockedUntil" <= ${NOW})
      order by d."nextAttemptAt"
      limit ${limit}
      for update of d skip locked
    )
    update "WebhookDelivery" d
    set status = 'SENDING', attempts = d.attempts + 1, "lockedUntil" = ${NOW} + ${interval(lockMs)}
    from due, "Webhook" w
    where d.id = due.id and w.id = d."webhookId"
    returning d.id, d.event::text as event, d.payload, d.attempts, w.url, w.secret`;
}

/** Only while this process still holds the attempt (a replica that took over wins otherwise). */
export async function recordAttempt(db: Db, delivery: ClaimedDelivery, record: AttemptRecord): Promise<void> {
  const next =
    record.retryInMs === null
      ? Prisma.sql`d."nextAttemptAt"`
      : Prisma.sql`${NOW} + ${interval(record.retryInMs)}`;
  await db.$executeRaw`
    update "WebhookDelivery" d
    set status = ${record.status}::"WebhookDeliveryStatus", "lockedUntil" = null, "nextAttemptAt" = ${next},
      "responseStatus" = ${record.responseStatus}::int, "responseBody" = ${record.responseBody}::text,
      error = ${record.error}::text, "durationMs" = ${record.durationMs}::int,
      "deliveredAt" = case when ${record.status} = 'SUCCEEDED' then ${NOW} end,
      "failedAt" = case when ${record.status} = 'FAILED' then ${NOW} end
    where d.id = ${delivery.id}::uuid and d.status = 'SENDING' and d.attempts = ${delivery.attempts}`;
}

/** An attempt interrupted by this process's shutdown: due again at once, the attempt not counted. */
export async function releaseDelivery(db: Db, delivery: ClaimedDelivery): Promise<void> {
  await db.$executeRaw`
    update "WebhookDelivery" d
    set status = 'PENDING', attempts = d.attempts - 1, "lockedUntil" = null, "nextAttemptAt" = ${NOW}
    where d.id = ${delivery.id}::uuid and d.status = 'SENDING' and d.attempts = ${delivery.attempts}`;
}

/** Deletes up to `batch` deliveries created more than `days` ago; returns how many went. */
export async function deleteOldDeliveries(db: Db, days: number, batch = 1000): Promise<number> {
  return db.$executeRaw`
    delete from "WebhookDelivery" d
    where d.id in (
      select o.id from "WebhookDelivery" o
      where o."createdAt" < ${NOW} - make_interval(days => ${days}::int) and o.status <> 'SENDING'
      limit ${batch}
      for update skip locked
    )`;
}
