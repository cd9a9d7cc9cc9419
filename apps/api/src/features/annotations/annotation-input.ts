import { randomUUID } from 'node:crypto';
import { Prisma, type SqlClient } from '@hep2/db';
import { objectKeys } from '@hep2/storage';
import { z } from 'zod';
import { DomainError, notFound } from '../../shared/domain-error';
import { validate } from '../../shared/validate';
import type { WorkflowDeps } from '../patch-core/workflow-deps';
import { dice } from '../review/agreement';
import { type BinaryMask, decodeMaskRle, maskAreaOfRle, maskFromPng, maskToPng } from './mask-codec';

const id = z.string().uuid({ message: 'must be an id' });

export const rleSchema = z.object({
  size: z.array(z.number().int()).length(2, { message: 'must be [height, width]' }),
  counts: z.array(z.number()).max(1_000_001, { message: 'too many runs' }),
});

/** The labels an annotator sets, each written as it is given (omitted: keep the current one). */
export const annotationLabelsSchema = z.object({
  patternClassId: id.nullish(),
  intensityLevelId: id.nullish(),
});

export type AnnotationLabels = z.infer<typeof annotationLabelsSchema>;

export const annotationInputSchema = z.object({
  patchId: id,
  leaseId: id.nullish(),
  /** The version the client edited; required once the annotation exists. */
  version: z.number().int().min(0).max(2_147_483_646).nullish(), // the save writes version + 1 (int4)
  ...annotationLabelsSchema.shape,
  /** Omitted: keep the current mask. */
  mask: rleSchema.nullish(),
  /** The model prediction the annotator started from. */
  predictionId: id.nullish(),
});

export type AnnotationInput = z.infer<typeof annotationInputSchema>;

export const parseAnnotationInput = (input: unknown): AnnotationInput =>
  validate(annotationInputSchema, input);

/** Everything a save needs that can be prepared outside the transaction (reads, mask encoding). */
export interface PreparedSave {
  patch: { id: string; datasetId: string; specimenId: string; width: number; height: number };
  annotationId: string;
  /** The author's current annotation when prepared; the save refuses (STALE_VERSION) if it changed. */
  ownAnnotationId: string | null;
  /**
   * A new mask (committed with the save, under the version it creates), or null: unchanged. Its PNG
   * is still being encoded when prepareSave returns, so the encoding runs beside the save's first
   * statements; await it where the bytes are needed.
   */
  newMask: { png: Promise<Buffer>; area: number; pixels: BinaryMask } | null;
  /** The mask the annotation had when prepared (used when no new mask is given). */
  currentMaskKey: string | null;
  prediction: { id: string; modelVersionId: string; maskKey: string | null } | null;
}

interface PrepareRow {
  id: string;
  datasetId: string;
  specimenId: string;
  width: number;
  height: number;
  ownId: string | null;
  ownMaskKey: string | null;
  patternOk: boolean;
  intensityOk: boolean;
  predictionId: string | null;
  predictionPatchId: string | null;
  modelVersionId: string | null;
  predictionMaskKey: string | null;
}

/**
 * Checks labels belong to the patch's dataset, validates and encodes the mask. One statement reads
 * the patch, the author's current annotation, the label checks and the prediction started from.
 */
export async function prepareSave(
  deps: WorkflowDeps,
  authorId: string,
  input: AnnotationInput,
  /** Where the statement runs (a transaction it should join), by default on the pool. */
  sql: Pick<SqlClient, 'rows'> = deps.db.$sql(),
): Promise<PreparedSave> {
  const rows = await sql.rows<PrepareRow>(Prisma.sql`
    select p.id, p."datasetId", p."specimenId", p.width, p.height,
      own.id as "ownId", own."maskKey" as "ownMaskKey",
      (${input.patternClassId ?? null}::uuid is null or exists (
        select 1 from "PatternClass" c where c.id = ${input.patternClassId ?? null}::uuid and c."datasetId" = p."datasetId")
      ) as "patternOk",
      (${input.intensityLevelId ?? null}::uuid is null or exists (
        select 1 from "IntensityLevel" i where i.id = ${input.intensityLevelId ?? null}::uuid and i."datasetId" = p."datasetId")
      ) as "intensityOk",
      pr.id as "predictionId", pr."patchId" as "predictionPatchId", pr."modelVersionId", pr."maskKey" as "predictionMaskKey"
    from "Patch" p
    left join lateral (
      select a.id, a."maskKey", a."predictionId" from "Annotation" a
      where a."patchId" = p.id and a."authorId" = ${authorId}::uuid and a.status <> 'SUPERSEDED'
      order by a."createdAt" desc limit 1
    ) own on true
    left join "Prediction" pr on pr.id = coalesce(${input.predictionId ?? null}::uuid, own."predictionId")
    where p.id = ${input.patchId}::uuid`);
  const row = rows[0];
  if (!row) throw notFound('Patch', input.patchId);
  if (!row.patternOk) throw fieldError('patternClassId', 'is not a pattern of this dataset');
  if (!row.intensityOk) throw fieldError('intensityLevelId', 'is not an intensity level of this dataset');
  const wantsPrediction = input.predictionId != null;
  if (wantsPrediction && row.predictionPatchId !== row.id)
    throw fieldError('predictionId', 'is not a prediction of this patch');
  const prediction =
    row.predictionId && row.modelVersionId && row.predictionPatchId === row.id
      ? { id: row.predictionId, modelVersionId: row.modelVersionId, maskKey: row.predictionMaskKey }
      : null;
  const patch = {
    id: row.id,
    datasetId: row.datasetId,
    specimenId: row.specimenId,
    width: row.width,
    height: row.height,
  };
  let newMask: PreparedSave['newMask'] = null;
  if (input.mask) {
    const pixels = decodeMaskRle(input.mask, patch);
    const png = maskToPng(pixels);
    // a save that fails before it needs the bytes leaves the encoding unawaited: not an unhandled rejection
    png.catch(() => {});
    newMask = { png, area: maskAreaOfRle(input.mask), pixels };
  }
  return {
    patch,
    annotationId: row.ownId ?? randomUUID(),
    ownAnnotationId: row.ownId,
    newMask,
    currentMaskKey: row.ownMaskKey,
    prediction,
  };
}

/**
 * Where the new mask of `version` goes (a key unique to this attempt, see objectKeys.annotationMask);
 * null when the save keeps the current mask.
 */
export function newMaskKey(prepared: PreparedSave, annotationId: string, version: number): string | null {
  if (!prepared.newMask) return null;
  const attempt = randomUUID().slice(0, 8);
  return objectKeys.annotationMask(prepared.patch.datasetId, annotationId, version, attempt);
}

const fieldError = (field: string, message: string) =>
  new DomainError('VALIDATION_FAILED', `${field}: ${message}`, { field });

/** Dice between the model's proposed mask and the final mask: how much the human changed it. */
export async function proposalDice(deps: WorkflowDeps, prepared: PreparedSave): Promise<number | null> {
  if (!prepared.prediction?.maskKey) return null;
  const proposal = await maskFromPng(await deps.store.get(prepared.prediction.maskKey));
  const final =
    prepared.newMask?.pixels ??
    (prepared.currentMaskKey
      ? await maskFromPng(await deps.store.get(prepared.currentMaskKey))
      : { width: proposal.width, height: proposal.height, data: new Uint8Array(proposal.data.length) });
  if (final.data.length !== proposal.data.length) return null;
  return dice(proposal.data, final.data);
}
