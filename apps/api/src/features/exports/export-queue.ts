import type { PgBoss } from 'pg-boss';
import type { ApiConfig } from '../../config';
import { type DurableQueue, openDurableQueue } from '../../shared/job-queue';

/**
 * The durable export queue (shared/job-queue.ts): one message per ExportJob row. An export whose
 * worker died is retried after EXPORT_HEARTBEAT_SECONDS, up to EXPORT_RETRY_LIMIT times, then ends
 * FAILED (export-worker.ts).
 */
export function openExportQueue(boss: PgBoss, config: ApiConfig): Promise<DurableQueue> {
  return openDurableQueue(boss, {
    name: config.EXPORT_QUEUE,
    retryLimit: config.EXPORT_RETRY_LIMIT,
    heartbeatSeconds: config.EXPORT_HEARTBEAT_SECONDS,
  });
}
