import { Prisma } from '@hep2/db';
import { EVENT_CHANNEL } from '../events/event-bus';
import { topics } from '../events/topics';
import { type PatchEvent, patchTransitions } from './patch-state-machine';

/*
 * SQL fragments for the hot paths (claim, submit, heartbeat), which do their writes, audit row and
 * events in one statement: every round trip costs a Prisma request and a socket write, and under
 * load those, not the planner, dominate the latency.
 */

export { columnsSql, NOW, pickColumns } from '../../shared/sql';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids reach `::uuid` casts only when well formed (anything else is simply not found). */
export const isUuid = (value: string) => UUID.test(value);

/** `column`'s status after `event`, from the state machine's table; a missing edge yields null (refused by NOT NULL). */
export function transitionSql(column: Prisma.Sql, event: PatchEvent): Prisma.Sql {
  const arms = Object.entries(patchTransitions).flatMap(([from, edges]) => {
    const to = edges[event];
    return to ? [Prisma.sql`when ${from} then ${to}`] : [];
  });
  return Prisma.sql`(case ${column}::text ${Prisma.join(arms, ' ')} end)::"PatchStatus"`;
}

/**
 * A `select` list expression that publishes an event when the statement's transaction commits
 * (cast: Prisma cannot read pg_notify's `void`).
 */
export function notifySql(topic: string, payload: Record<string, unknown>): Prisma.Sql {
  return Prisma.sql`pg_notify(${EVENT_CHANNEL}, ${JSON.stringify({ topic, payload })})::text`;
}

/** Queue counts and presence of a dataset changed (same events as announceQueueChange). */
export const queueChangeSql = (datasetId: string) =>
  Prisma.sql`${notifySql(topics.queueCounts, { datasetId })}, ${notifySql(topics.presence, { datasetId })}`;

/**
 * A CTE body appending audit rows: `rows` is a select of (actorId uuid, action, entityType,
 * entityId text, before jsonb, after jsonb). Pair it with auditNotifySql on its alias so that
 * auditAppended subscribers hear about it, exactly as recordAudit does.
 */
export function auditInsertSql(rows: Prisma.Sql, requestId: string | null): Prisma.Sql {
  return Prisma.sql`insert into "AuditLog"("actorId", action, "entityType", "entityId", before, after, "requestId")
    select r."actorId", r.action, r."entityType", r."entityId", r.before, r.after, ${requestId}
    from (${rows}) r
    returning id, action, "entityType", "entityId"`;
}

export function auditNotifySql(alias: string): Prisma.Sql {
  const a = Prisma.raw(alias);
  return Prisma.sql`pg_notify(${EVENT_CHANNEL}, json_build_object('topic', ${topics.audit}::text, 'payload',
    json_build_object('id', ${a}.id::text, 'action', ${a}.action, 'entityType', ${a}."entityType",
      'entityId', ${a}."entityId"))::text)::text`;
}

/** A timestamp column as the ISO string JSON.stringify writes for a Date (audit payloads). */
export const isoSql = (column: Prisma.Sql) => Prisma.sql`to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
