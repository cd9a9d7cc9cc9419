import type { Db, Prisma, Tx } from '@hep2/db';

/** The run statuses after which nothing more happens to a run (a later manual promotion aside). */
export type FinishedRunStatus = 'EVALUATED' | 'PROMOTED' | 'REJECTED' | 'FAILED' | 'CANCELLED';

export interface RunFinish {
  runId: string;
  status: FinishedRunStatus;
  modelVersionId?: string | null;
  error?: string | null;
  /** A summary of the candidate's validation metrics, when one was evaluated. */
  metrics?: Record<string, number | null>;
}

/** Same channel and envelope as the API's audit announcements (auditAppended subscribers). */
const CHANNEL = 'hep2_events';

/**
 * The trainer's entries in the audit trail (it acts as no user: actorId is null). Call it in the
 * transaction that makes the change: whoever sees the change sees the entry, and the AuditLog
 * trigger queues the matching webhook deliveries only if the change commits.
 */
async function appendTrainerAudit(
  tx: Db | Tx,
  entry: { action: string; entityType: string; entityId: string; after: Prisma.InputJsonObject },
): Promise<void> {
  const row = await tx.auditLog.create({ data: { actorId: null, ...entry }, select: { id: true } });
  const message = JSON.stringify({
    topic: 'audit',
    payload: {
      id: row.id.toString(),
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
    },
  });
  await tx.$executeRaw`select pg_notify(${CHANNEL}, ${message})`;
}

/** `training.finish`: a run reached a final status (TRAINING_RUN_FINISHED webhooks). */
export async function recordRunFinish(tx: Db | Tx, finish: RunFinish): Promise<void> {
  const after: Record<string, unknown> = { status: finish.status };
  if (finish.modelVersionId) after.modelVersionId = finish.modelVersionId;
  if (finish.error) after.error = finish.error;
  if (finish.metrics) after.metrics = finish.metrics;
  await appendTrainerAudit(tx, {
    action: 'training.finish',
    entityType: 'TrainingRun',
    entityId: finish.runId,
    after: after as Prisma.InputJsonObject,
  });
}

/**
 * `model.promote` for a promotion the trainer decided itself (same action as an admin's promotion,
 * so MODEL_PROMOTED webhooks and the audit trail see both).
 */
export async function recordAutoPromotion(
  tx: Db | Tx,
  promotion: { versionId: string; runId: string; retiredId: string | null; reason: string },
): Promise<void> {
  await appendTrainerAudit(tx, {
    action: 'model.promote',
    entityType: 'ModelVersion',
    entityId: promotion.versionId,
    after: {
      status: 'ACTIVE',
      by: 'trainer',
      runId: promotion.runId,
      retired: promotion.retiredId,
      reason: promotion.reason,
    },
  });
}
