import type { Db } from '@hep2/db';
import { classIndices, curatedLabels, loadTaxonomy } from '@hep2/db/labels';
import { embeddingFromBytes } from '../scoring/embedding-codec';
import { type AcquisitionSettings, parseAcquisitionSettings, scoringMethod } from './acquisition-config';
import { rankPatches } from './rank-patches';
import type { AcquisitionContext, AcquisitionReason, ScoreRow } from './score-table';

/** Patches still waiting for labels: the ones scoring and acquisition are about. */
export const UNLABELLED_STATUSES = ['QUEUED', 'IN_PROGRESS', 'RETURNED'] as const;

interface PredictionRow {
  patchId: string;
  specimenId: string;
  patternProbs: number[];
  intensityProbs: number[];
  patternEntropy: number;
  patternMargin: number;
  intensityEntropy: number;
  maskEntropy: number;
  boundaryEntropy: number | null;
  bald: ScoreRow['bald'];
  embedding: Uint8Array | null;
}

/** The stored scores of one version + method over the dataset's unlabelled patches. */
export async function loadScoreRows(
  db: Db,
  datasetId: string,
  modelVersionId: string,
  method: string,
  withEmbeddings: boolean,
): Promise<ScoreRow[]> {
  const rows = await db.$queryRaw<PredictionRow[]>`
    select r."patchId", p."specimenId", r."patternProbs", r."intensityProbs", r."patternEntropy",
      r."patternMargin", r."intensityEntropy", r."maskEntropy", r."boundaryEntropy", r.bald,
      case when ${withEmbeddings} then r.embedding else null end as embedding
    from "Prediction" r join "Patch" p on p.id = r."patchId"
    where p."datasetId" = ${datasetId}::uuid and p.status::text = any(${[...UNLABELLED_STATUSES]})
      and r."modelVersionId" = ${modelVersionId}::uuid and r.method = ${method}
    order by r."patchId"`;
  return rows.map((r) => ({ ...r, embedding: r.embedding ? embeddingFromBytes(r.embedding) : null }));
}

/**
 * Curated labels per pattern class index (the rare-class quota's notion of "rare"), indexed as the
 * model's pattern head is (the taxonomy's order of position), one count per class.
 */
export async function labelledPerPattern(db: Db, datasetId: string): Promise<number[]> {
  const [taxonomy, labels] = await Promise.all([loadTaxonomy(db, datasetId), curatedLabels(db, datasetId)]);
  const out = new Array<number>(taxonomy.patternIndex.size).fill(0);
  for (const label of labels) {
    const k = classIndices(taxonomy, label).pattern;
    if (k !== null) out[k] = (out[k] as number) + 1;
  }
  return out;
}

export interface AcquisitionSummary {
  datasetId: string;
  modelVersionId: string;
  method: string;
  strategy: AcquisitionSettings['strategy'];
  ranked: number;
  batch: Partial<Record<AcquisitionReason, number>>;
}

const WRITE_CHUNK = 1000;

/**
 * Ranks the stored scores with the dataset's strategy and writes the queue fields of every scored
 * unlabelled patch, in one transaction serialised per dataset (two trainers finishing together
 * write one consistent order). Reads scores only; never runs the model.
 */
export async function applyAcquisition(
  db: Db,
  input: { datasetId: string; modelVersionId: string; method?: string; settings?: AcquisitionSettings },
): Promise<AcquisitionSummary> {
  const settings =
    input.settings ??
    parseAcquisitionSettings(
      (await db.dataset.findUniqueOrThrow({ where: { id: input.datasetId }, select: { acquisition: true } }))
        .acquisition,
    );
  const method = input.method ?? scoringMethod(settings);
  const rows = await loadScoreRows(
    db,
    input.datasetId,
    input.modelVersionId,
    method,
    settings.diversity.kind === 'k-center',
  );
  const context: AcquisitionContext = { labelledPerPattern: await labelledPerPattern(db, input.datasetId) };
  const ranked = rankPatches(rows, settings, context);
  const batch: AcquisitionSummary['batch'] = {};
  for (const r of ranked.slice(0, settings.batchSize)) batch[r.reason] = (batch[r.reason] ?? 0) + 1;
  await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`acquisition:${input.datasetId}`}))`;
      for (let start = 0; start < ranked.length; start += WRITE_CHUNK) {
        const part = ranked.slice(start, start + WRITE_CHUNK);
        await tx.$executeRaw`
          update "Patch" as p set priority = v.priority, "acquisitionScore" = v.score,
            "acquisitionStrategy" = v.strategy, "scoredModelVersionId" = ${input.modelVersionId}::uuid
          from (select unnest(${part.map((r) => r.patchId)}::uuid[]) as id,
                       unnest(${part.map((r) => r.priority)}::float8[]) as priority,
                       unnest(${part.map((r) => r.score)}::float8[]) as score,
                       unnest(${part.map((r) => `${settings.strategy}:${r.reason}`)}::text[]) as strategy) as v
          where p.id = v.id and p."datasetId" = ${input.datasetId}::uuid`;
      }
    },
    { timeout: 60_000 },
  );
  return {
    datasetId: input.datasetId,
    modelVersionId: input.modelVersionId,
    method,
    strategy: settings.strategy,
    ranked: ranked.length,
    batch,
  };
}
