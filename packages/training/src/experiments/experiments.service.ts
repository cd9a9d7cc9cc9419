import { type Db, Prisma } from '@hep2/db';
import type { ObjectStore } from '@hep2/storage';
import { syncExperiment } from './experiment-sync';
import { storeExperimentReport } from './report/report-store';

/**
 * The trainer's side of experiments: after each run and on a timer, bring every open experiment up
 * to date (retry crashed runs, derive the status) and write the report once it is DONE / FAILED.
 */
export async function syncOpenExperiments(
  db: Db,
  store: ObjectStore,
  log: (line: string) => void,
  only?: string,
): Promise<void> {
  const open = only
    ? [{ id: only }]
    : await db.experiment.findMany({
        where: {
          OR: [
            { status: { in: ['QUEUED', 'RUNNING'] } },
            { status: { in: ['DONE', 'FAILED'] }, report: { equals: Prisma.DbNull } },
          ],
        },
        select: { id: true },
        take: 100,
      });
  for (const { id } of open) {
    const result = await syncExperiment(db, id);
    if (!result) continue;
    for (const runId of result.retried) log(`experiment ${id}: crashed run re-queued as ${runId}`);
    if (result.needsReport) {
      await storeExperimentReport(db, store, id);
      log(`experiment ${id}: ${result.status}, report stored`);
    }
  }
}
