import type { EvaluationMetrics } from '../../evaluation/evaluate-model';
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
  epochs: { epoch: number; losses: TaskValues; taskWeights: TaskValues; seconds: number }[];
}

export interface ReportInput {
  experiment: {
    id: string;
    name: string;
    datasetId: string;
    datasetName: string;
    folds: number;
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
}

export interface ExperimentReport {
  version: 1;
  final: boolean;
  generatedAt: string;
  experiment: Omit<ReportInput['experiment'], 'createdAt'> & { createdAt: string };
  method: {
    primaryTest: 'wilcoxon-signed-rank-exact';
    secondaryTest: 'paired-t-test';
    multipleComparisons: 'holm';
    alpha: number;
    pairs: number;
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
  comparisons: ComparisonRow[];
  curves: CurveSeries[];
  confusion: ConfusionEntry[];
  runs: RunRecord[];
  missing: { setting: string; fold: number }[];
  files?: Record<string, string>;
}
