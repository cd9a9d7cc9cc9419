import {
  parseAcquisitionSettings,
  scoringMethod,
  UNLABELLED_STATUSES,
} from '@hep2/active-learning/strategies';
import type { Db } from '@hep2/db';
import type { PgBoss } from 'pg-boss';
import { SCORING_QUEUE, type ScoringJobData, scoringKey } from './scoring-queue';

export interface ScoringNeed {
  datasetId: string;
  modelVersionId: string;
  method: string;
  unscored: number;
}

/**
 * Datasets whose ACTIVE version has not scored every unlabelled patch with the configured method:
 * right after a promotion or a rollback (new version), after an import (new patches) or after the
 * admin changed mcSamples (new method). Scores are keyed by version + method, so this is exact.
 */
export async function findScoringNeeds(db: Db, datasetId?: string): Promise<ScoringNeed[]> {
  const versions = await db.modelVersion.findMany({
    where: { status: 'ACTIVE', dataset: { archivedAt: null }, ...(datasetId ? { datasetId } : {}) },
    select: { id: true, datasetId: true, dataset: { select: { acquisition: true } } },
  });
  const needs: ScoringNeed[] = [];
  for (const v of versions) {
    let method: string;
    try {
      method = scoringMethod(parseAcquisitionSettings(v.dataset.acquisition));
    } catch {
      method = scoringMethod(parseAcquisitionSettings({}));
    }
    const [row] = await db.$queryRaw<{ n: bigint }[]>`
      select count(*) as n from "Patch" p
      where p."datasetId" = ${v.datasetId}::uuid and p.status::text = any(${[...UNLABELLED_STATUSES]})
        and not exists (select 1 from "Prediction" r
          where r."patchId" = p.id and r."modelVersionId" = ${v.id}::uuid and r.method = ${method})`;
    const unscored = Number(row?.n ?? 0);
    if (unscored > 0) needs.push({ datasetId: v.datasetId, modelVersionId: v.id, method, unscored });
  }
  return needs;
}

/** One job per shard; pg-boss drops a send whose shard already has a queued job. */
export async function enqueueScoring(
  boss: PgBoss,
  input: { datasetId: string; modelVersionId: string; shards: number },
): Promise<number> {
  let sent = 0;
  for (let index = 0; index < input.shards; index += 1) {
    const data: ScoringJobData = {
      datasetId: input.datasetId,
      modelVersionId: input.modelVersionId,
      shard: { index, count: input.shards },
    };
    const id = await boss.send(SCORING_QUEUE, data, { singletonKey: scoringKey(data) });
    if (id) sent += 1;
  }
  return sent;
}
