import { z } from 'zod';

const num = z.number().nullable().optional().catch(null);
const classification = z
  .object({
    accuracy: num,
    meanClassAccuracy: num,
    perClassRecall: z.array(z.number().nullable()).optional().catch(undefined),
    confusion: z.array(z.array(z.number())).optional().catch(undefined),
    ece: num,
    auc: num,
    labelled: num,
  })
  .partial();

const evaluation = z
  .object({
    patches: num,
    specimens: num,
    segmentation: z.object({ dice: num, iou: num, pixelAccuracy: num }).partial().nullable().optional(),
    pattern: classification.nullable().optional(),
    intensity: classification.nullable().optional(),
    specimen: z
      .object({
        pattern: z
          .object({ specimens: num, majorityVote: classification, averagedPosterior: classification })
          .partial()
          .nullable()
          .optional(),
        intensity: z
          .object({ specimens: num, majorityVote: classification, averagedPosterior: classification })
          .partial()
          .nullable()
          .optional(),
      })
      .partial()
      .nullable()
      .optional(),
  })
  .partial();

export type Evaluation = z.infer<typeof evaluation>;
export type Classification = z.infer<typeof classification>;

const metricsSchema = z
  .object({
    validation: evaluation.nullable().optional().catch(null),
    baseline: z.object({ versionId: z.string(), metrics: evaluation }).nullable().optional().catch(null),
  })
  .partial()
  .catch({});

export type VersionMetrics = z.infer<typeof metricsSchema>;
export const parseVersionMetrics = (value: unknown): VersionMetrics => metricsSchema.parse(value ?? {});

const verdictSchema = z
  .object({
    rule: z
      .object({
        promote: z.boolean(),
        reason: z.string(),
        components: z.array(z.string()).catch([]),
        candidateScore: num,
        activeScore: num,
        delta: num,
        margin: num,
        maxRegression: num,
        regressions: z.array(z.object({ component: z.string(), drop: z.number() })).catch([]),
      })
      .partial()
      .nullable()
      .optional()
      .catch(null),
    autoPromote: z.boolean().optional().catch(undefined),
    stillComparable: z.boolean().optional().catch(undefined),
    /** Set by rollbackModel on the version it took out of service (its status is then REJECTED). */
    rolledBack: z.object({ at: z.string() }).partial().optional().catch(undefined),
  })
  .partial()
  .catch({});

/** What a version's status means to a person: a rolled-back version was active, not rejected. */
export function statusLabel(status: string, promotion: PromotionInfo): string {
  return status === 'REJECTED' && promotion.rolledBack ? 'rolled back' : status.toLowerCase();
}

export type PromotionInfo = z.infer<typeof verdictSchema>;
export const parsePromotion = (value: unknown): PromotionInfo => verdictSchema.parse(value ?? {});

const bin = z.object({ lo: num, hi: num, confidence: num, accuracy: num, count: num }).partial();
const bins = z.array(bin).optional().catch(undefined);
/** The trainer writes `ece`; calibration (temperature scaling) adds bins before/after and T. */
const calibrationHead = z
  .object({ ece: num, eceBefore: num, eceAfter: num, temperature: num, before: bins, after: bins, bins })
  .partial()
  .nullable()
  .optional()
  .catch(null);
const calibrationSchema = z
  .object({
    pattern: calibrationHead,
    intensity: calibrationHead,
    fittedAt: z.string().optional().catch(undefined),
  })
  .partial()
  .catch({});

export type Calibration = z.infer<typeof calibrationSchema>;
export const parseCalibration = (value: unknown): Calibration => calibrationSchema.parse(value ?? {});

/** The headline figures of a version (null where it was not measured). */
export function headline(m: VersionMetrics) {
  const v = m.validation;
  return {
    dice: v?.segmentation?.dice ?? null,
    patternAccuracy: v?.pattern?.accuracy ?? null,
    patternMca: v?.pattern?.meanClassAccuracy ?? null,
    intensityAccuracy: v?.intensity?.accuracy ?? null,
    patternEce: v?.pattern?.ece ?? null,
    intensityEce: v?.intensity?.ece ?? null,
    patches: v?.patches ?? null,
  };
}

export interface Bin {
  confidence: number;
  accuracy: number;
  count: number;
}

/** Non-empty bins only (empty bins carry no point). */
export function usableBins(list: readonly z.infer<typeof bin>[] | undefined): Bin[] {
  return (list ?? []).flatMap((b) =>
    typeof b.confidence === 'number' && typeof b.accuracy === 'number' && (b.count ?? 0) > 0
      ? [{ confidence: b.confidence, accuracy: b.accuracy, count: b.count ?? 0 }]
      : [],
  );
}
