import type { RunConfig } from '../runs/run-config';
import type { ExperimentGrid, ExperimentSetting } from './experiment-grid';
import type { FoldPlan } from './fold-plan';

/** What Experiment.grid stores: the validated grid, its expanded settings and the fold plan. */
export interface StoredGrid {
  grid: ExperimentGrid;
  settings: ExperimentSetting[];
  plan: FoldPlan;
}

export const readStoredGrid = (json: unknown): StoredGrid => json as StoredGrid;

/** The run config of one cell x fold: the cell's config validated on the fold's specimens. */
export function foldRunConfig(setting: ExperimentSetting, plan: FoldPlan, fold: number): RunConfig {
  return { ...setting.config, validationSpecimenIds: plan.folds[fold] ?? [] };
}

/** Runs that ended with a model version (a result); FAILED / CANCELLED ones did not. */
export const SUCCEEDED_RUN_STATUSES = ['EVALUATED', 'PROMOTED', 'REJECTED'] as const;
export const PENDING_RUN_STATUSES = ['QUEUED', 'RUNNING'] as const;

export const isSucceeded = (status: string) => (SUCCEEDED_RUN_STATUSES as readonly string[]).includes(status);
export const isPending = (status: string) => (PENDING_RUN_STATUSES as readonly string[]).includes(status);
