/** pg-boss queue of the scoring batch job (one job = one shard of one dataset's pool). */
export const SCORING_QUEUE = 'score-patches';

export interface ScoringJobData {
  datasetId: string;
  modelVersionId: string;
  shard: { index: number; count: number };
}

/** At most one queued and one active job per dataset shard (pg-boss `stately` + singletonKey). */
export const scoringKey = (d: Pick<ScoringJobData, 'datasetId' | 'shard'>) =>
  `${d.datasetId}:${d.shard.index}/${d.shard.count}`;
