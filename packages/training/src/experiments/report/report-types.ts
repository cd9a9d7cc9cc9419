import type { EvaluationMetrics } from '../../evaluation/evaluation-types';
import type { TaskValues } from '../../runs/run-progress';
import type { ExperimentSetting } from '../experiment-grid';
import type { FoldPlan } from '../fold-plan';

export interface ReportRunInput {
  runId: string;
  cell: string;
  fold: number;
  status: string;
  error: string | null;
  workerId: string | null;
  environment: Record<string, unknown>;
  config: Record<string, unknown>;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  modelVersionId: string | null;
  metrics: EvaluationMetrics | null;
  /** RunProgress.samples: what the run loaded. */
  samples?: { train: number; validation: number; weak: number } | null;
  epochs: { epoch: number; losses: TaskValues; taskWeights: TaskValues; seconds: number }[];
}

export interface ReportInput {
  experiment: {
    id: string;
    name: string;
    datasetId: string;
    datasetName: string;
    folds: number;
    /** Labels frozen at creation (0: created before labels were frozen). */
    labelCount?: number;
    seed: number;
    status: string;
    createdAt: Date;
  };
  settings: ExperimentSetting[];
  plan: FoldPlan;
  classes: { pattern: string[]; intensity: string[] };
  runs: ReportRunInput[];
  generatedAt: Date;
  alpha?: number;
}

export interface SummaryRow {
  setting: string;
  metric: string;
  n: number;
  mean: number | null;
  sd: number | null;
  /** values[f] = the fold's value, null when the fold has no result. */
  values: (number | null)[];
}

export interface ComparisonRow {
  metric: string;
  a: string;
  b: string;
  n: number;
  meanDifference: number | null;
  wilcoxon: { statistic: number; p: number; pHolm: number; minimumP: number } | null;
  tTest: { t: number; df: number; p: number; pHolm: number } | null;
  /** Nadeau-Bengio corrected resampled t-test; the primary test when folds are repeated. */
  correctedT: { t: number; df: number; p: number; pHolm: number; correction: number } | null;
  verdict: 'a higher' | 'b higher' | 'not called';
  note: string;
}

export interface CurveSeries {
  setting: string;
  fold: number;
  epochs: number[];
  losses: Record<'mask' | 'pattern' | 'intensity', (number | null)[]>;
  weights: Record<'mask' | 'pattern' | 'intensity', (number | null)[]>;
}

export interface ConfusionEntry {
  setting: string;
  head: 'pattern' | 'intensity';
  level: 'patch' | 'specimen';
  classes: string[];
  /** Summed over folds: each specimen is validated in exactly one fold. */
  matrix: number[][];
  folds: number;
}

export interface RunRecord {
  runId: string;
  setting: string;
  fold: number;
  attempt: number;
  used: boolean;
  status: string;
  error: string | null;
  workerId: string | null;
  backend: string | null;
  hardware: string | null;
  codeVersion: string | null;
  node: string | null;
  seconds: number | null;
  modelVersionId: string | null;
  /** Threads the run trained with (pinned by the experiment; 1 on native backends). */
  threads: number | null;
  /** Labelled patches the run loaded (train + validation): the experiment's frozen set, less deleted patches. */
  labels: number | null;
  weights: WeightDrift | null;
}

export interface WeightDrift {
  start: Record<string, number>;
  end: Record<string, number>;
  /** The epoch `end` was stored after. */
  epoch: number;
  maxAbsChange: number;
}

export interface MainEffectRow {
  variant: string;
  metric: string;
  factor: 'mask loss' | 'weighting' | 'mask loss x weighting';
  /** Mean per level over folds and the other factor (main effects only). */
  levelMeans: Record<string, number | null>;
  blocks: number;
  blocksDropped: number;
  df: number;
  dfError: number;
  f: number;
  p: number;
  epsilon: number;
  pGreenhouseGeisser: number;
  partialEtaSquared: number;
  generalizedEtaSquared: number;
}

export interface IntervalRow {
  metric: string;
  a: string;
  b: string;
  specimens: number;
  meanDifference: number;
  lower: number;
  upper: number;
  confidence: number;
  resamples: number;
  excludesZero: boolean;
}

export interface ExperimentReport {
  version: 1;
  final: boolean;
  generatedAt: string;
  experiment: Omit<ReportInput['experiment'], 'createdAt'> & { createdAt: string };
  method: {
    /** The primary answer: main effects of mask loss and weighting (fold as block). */
    primaryAnalysis: 'two-way-repeated-measures-anova';
    /** Of the pairwise table (secondary): Wilcoxon for one repeat, Nadeau-Bengio when repeated. */
    primaryTest: 'wilcoxon-signed-rank-exact' | 'corrected-resampled-t';
    secondaryTest: 'paired-t-test';
    multipleComparisons: 'holm';
    alpha: number;
    /** Paired results per comparison: folds x repeats. */
    pairs: number;
    k: number;
    repeats: number;
    /** Specimens validated / trained per fold (the Nadeau-Bengio correction's nTest / nTrain). */
    testToTrainRatio: number;
    /** Pairwise comparisons per metric that Holm adjusts over together. */
    family: number;
    /** The smallest Holm-adjusted exact Wilcoxon p any data could give with this family and fold count. */
    minimumPossibleP: number;
    foldsNeededForSignificance: number;
    canCallDifferences: boolean;
    statement: string[];
  };
  settings: { key: string; label: string; config: Record<string, unknown> }[];
  folds: { fold: number; specimens: string[] }[];
  metrics: { key: string; label: string; level: 'patch' | 'specimen'; primary: boolean }[];
  summary: SummaryRow[];
  perFold: { setting: string; fold: number; runId: string; values: Record<string, number | null> }[];
  mainEffects: MainEffectRow[];
  comparisons: ComparisonRow[];
  intervals: IntervalRow[];
  curves: CurveSeries[];
  confusion: ConfusionEntry[];
  runs: RunRecord[];
  missing: { setting: string; fold: number }[];
  files?: Record<string, string>;
}
