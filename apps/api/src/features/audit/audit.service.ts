import type { Db, Prisma, Tx } from '@hep2/db';
import { publishEvent } from '../events/event-bus';
import { topics } from '../events/topics';

export interface AuditEntry {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
  requestId?: string | null;
}

const toJson = (value: unknown) =>
  value === undefined || value === null
    ? undefined
    : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);

/** Appends to the audit trail; pass the transaction so the entry commits with the change it records. */
export async function recordAudit(db: Db | Tx, entry: AuditEntry): Promise<void> {
  const row = await db.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      before: toJson(entry.before),
      after: toJson(entry.after),
      requestId: entry.requestId ?? null,
    },
    select: { id: true },
  });
  await publishEvent(db, topics.audit, {
    id: row.id.toString(),
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
  });
}
