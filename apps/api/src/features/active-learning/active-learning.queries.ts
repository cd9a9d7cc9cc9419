import type { HeadCalibration } from '@hep2/active-learning/strategies';
import type { Db } from '@hep2/db';
import { argmax, classLabelIds, loadTaxonomy } from '@hep2/db/labels';
import { notFound } from '../../shared/domain-error';
import type {
  CalibrationDto,
  CalibrationSplitDto,
  CountDto,
  CurveSeriesDto,
  HeadCalibrationDto,
  QueueCompositionDto,
  QueueItemDto,
} from './active-learning.dto';

function counts(values: (string | null)[]): CountDto[] {
  const map = new Map<string, number>();
  for (const v of values) map.set(v ?? 'unscored', (map.get(v ?? 'unscored') ?? 0) + 1);
  return [...map.entries()]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/**
 * What the next `size` queued patches are, in claimNext's order (priority desc, then creation):
 * why each was chosen (the strategy's reason), by which strategy, and what the active model
 * predicts for it. Per-annotator exclusions (skips, cooldown) are not applied here.
 */
export async function queueComposition(
  db: Db,
  datasetId: string,
  size: number,
): Promise<QueueCompositionDto> {
  const dataset = await db.dataset.findUnique({ where: { id: datasetId }, select: { id: true } });
  if (!dataset) throw notFound('Dataset', datasetId);
  const [active, classes, taxonomy] = await Promise.all([
    db.modelVersion.findFirst({ where: { datasetId, status: 'ACTIVE' }, select: { id: true } }),
    db.patternClass.findMany({ where: { datasetId }, select: { id: true, key: true } }),
    loadTaxonomy(db, datasetId),
  ]);
  const keyOf = new Map(classes.map((c) => [c.id, c.key]));
  const patternIds = classLabelIds(taxonomy).pattern;
  const predictedKey = (probs: number[]) => keyOf.get(patternIds[argmax(probs)] ?? '') ?? null;
  const patches = await db.patch.findMany({
    where: { datasetId, status: 'QUEUED' },
    select: {
      id: true,
      specimenId: true,
      priority: true,
      acquisitionScore: true,
      acquisitionStrategy: true,
      predictions: active
        ? {
            where: { modelVersionId: active.id },
            select: { patternProbs: true },
            orderBy: { createdAt: 'desc' },
            take: 1,
          }
        : false,
    },
    orderBy: [{ priority: 'desc' }, { createdAt: 'asc' }, { id: 'asc' }],
    take: size,
  });
  const items: QueueItemDto[] = patches.map((p) => {
    const [strategy, reason] = p.acquisitionStrategy ? p.acquisitionStrategy.split(':') : [null, null];
    const probs = p.predictions?.[0]?.patternProbs;
    return {
      patchId: p.id,
      specimenId: p.specimenId,
      priority: p.priority,
      acquisitionScore: p.acquisitionScore,
      strategy: strategy ?? null,
      reason: reason ?? null,
      predictedPattern: probs && probs.length > 0 ? predictedKey(probs) : null,
    };
  });
  return {
    datasetId,
    activeModelVersionId: active?.id ?? null,
    size: items.length,
    unscored: items.filter((i) => i.strategy === null).length,
    byReason: counts(items.map((i) => i.reason)),
    byStrategy: counts(items.map((i) => i.strategy)),
    byPredictedPattern: counts(items.map((i) => i.predictedPattern)),
    items,
  };
}

/** The LearningCurvePoint series of a dataset ('active:<strategy>', 'random', ...), by label count. */
export async function labelEfficiencyCurve(db: Db, datasetId: string): Promise<CurveSeriesDto[]> {
  const points = await db.learningCurvePoint.findMany({
    where: { datasetId },
    select: { series: true, labelCount: true, modelVersionId: true, metrics: true, createdAt: true },
    orderBy: [{ series: 'asc' }, { labelCount: 'asc' }, { createdAt: 'asc' }],
  });
  const series = new Map<string, CurveSeriesDto>();
  for (const { series: name, ...point } of points) {
    const s = series.get(name) ?? { series: name, points: [] };
    s.points.push(point);
    series.set(name, s);
  }
  return [...series.values()];
}

type StoredHead = Partial<HeadCalibration> & { ece?: number | null };

/** Temperatures, ECE before/after and reliability bins per head, as the scoring job stored them. */
export async function versionCalibration(db: Db, modelVersionId: string): Promise<CalibrationDto> {
  const version = await db.modelVersion.findUnique({
    where: { id: modelVersionId },
    select: { calibration: true },
  });
  if (!version) throw notFound('Model version', modelVersionId);
  const c = (version.calibration ?? {}) as Record<string, unknown>;
  const heads: HeadCalibrationDto[] = ['pattern', 'intensity', 'mask']
    .filter((head) => c[head] && typeof c[head] === 'object')
    .map((head) => {
      const h = c[head] as StoredHead;
      const num = (v: unknown) => (typeof v === 'number' ? v : null);
      return {
        head,
        temperature: num(h.temperature),
        samples: num(h.samples),
        heldOutSamples: num(h.heldOutSamples),
        eceBefore: num(h.eceBefore) ?? num(h.ece),
        eceAfter: num(h.eceAfter),
        nllBefore: num(h.nllBefore),
        nllAfter: num(h.nllAfter),
        before: h.before ?? [],
        after: h.after ?? [],
      };
    });
  return {
    modelVersionId,
    fittedAt: typeof c.fittedAt === 'string' ? c.fittedAt : null,
    validationPatches: typeof c.validationPatches === 'number' ? c.validationPatches : null,
    split: storedSplit(c.split),
    ...storedServed(c.served),
    heads,
  };
}

/** What the fit was made for (calibrate-version.ts `served`); null for fits from before it was stored. */
function storedServed(value: unknown): Pick<CalibrationDto, 'mcSamples' | 'dropoutMode'> {
  const v = (value && typeof value === 'object' ? value : {}) as { mcSamples?: unknown; mode?: unknown };
  return {
    mcSamples: typeof v.mcSamples === 'number' ? v.mcSamples : null,
    dropoutMode: typeof v.mode === 'string' ? v.mode : null,
  };
}

function storedSplit(value: unknown): CalibrationSplitDto | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  const n = (key: string) => (typeof v[key] === 'number' ? (v[key] as number) : 0);
  return {
    groupedBy: typeof v.groupedBy === 'string' ? v.groupedBy : 'none',
    fitPatches: n('fitPatches'),
    heldOutPatches: n('heldOutPatches'),
    fitSpecimens: n('fitSpecimens'),
    heldOutSpecimens: n('heldOutSpecimens'),
  };
}
