import type { EvaluationMetrics } from '../../evaluation/evaluation-types';

export interface MetricDef {
  key: string;
  label: string;
  level: 'patch' | 'specimen';
  /** The promotion rule's components: listed first and compared in the Markdown report. */
  primary: boolean;
  get: (m: EvaluationMetrics) => number | null;
}

const n = (v: number | null | undefined) => (v === undefined || v === null || !Number.isFinite(v) ? null : v);

/**
 * Every figure of a run's validation metrics the report aggregates. Specimen level uses the
 * averaged posterior of the specimen's patches (the majority vote is also stored on the run) and
 * the Dice of the specimen's pooled pixels; IoU and pixel accuracy are not aggregated per specimen
 * by the trainer's evaluation.
 */
export const REPORT_METRICS: MetricDef[] = [
  { key: 'dice', label: 'Dice', level: 'patch', primary: true, get: (m) => n(m.segmentation?.dice) },
  { key: 'iou', label: 'IoU', level: 'patch', primary: false, get: (m) => n(m.segmentation?.iou) },
  {
    key: 'pixelAccuracy',
    label: 'Pixel accuracy',
    level: 'patch',
    primary: false,
    get: (m) => n(m.segmentation?.pixelAccuracy),
  },
  {
    key: 'patternAccuracy',
    label: 'Pattern accuracy',
    level: 'patch',
    primary: false,
    get: (m) => n(m.pattern?.accuracy),
  },
  {
    key: 'patternMca',
    label: 'Pattern MCA',
    level: 'patch',
    primary: true,
    get: (m) => n(m.pattern?.meanClassAccuracy),
  },
  {
    key: 'intensityAccuracy',
    label: 'Intensity accuracy',
    level: 'patch',
    primary: true,
    get: (m) => n(m.intensity?.accuracy),
  },
  {
    key: 'intensityAuc',
    label: 'Intensity AUC',
    level: 'patch',
    primary: false,
    get: (m) => n(m.intensity?.auc),
  },
  {
    key: 'specimenDice',
    label: 'Dice (specimen)',
    level: 'specimen',
    primary: false,
    get: (m) => n(m.specimen.segmentation?.dice),
  },
  {
    key: 'specimenPatternAccuracy',
    label: 'Pattern accuracy (specimen)',
    level: 'specimen',
    primary: false,
    get: (m) => n(m.specimen.pattern?.averagedPosterior.accuracy),
  },
  {
    key: 'specimenPatternMca',
    label: 'Pattern MCA (specimen)',
    level: 'specimen',
    primary: false,
    get: (m) => n(m.specimen.pattern?.averagedPosterior.meanClassAccuracy),
  },
  {
    key: 'specimenIntensityAccuracy',
    label: 'Intensity accuracy (specimen)',
    level: 'specimen',
    primary: false,
    get: (m) => n(m.specimen.intensity?.averagedPosterior.accuracy),
  },
  {
    key: 'specimenIntensityAuc',
    label: 'Intensity AUC (specimen)',
    level: 'specimen',
    primary: false,
    get: (m) => n(m.specimen.intensity?.auc),
  },
];
