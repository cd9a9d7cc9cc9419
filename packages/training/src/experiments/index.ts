/** Experiments: cross-validated comparison of training settings (no TensorFlow.js here). */
export {
  type CreateExperimentInput,
  type CreateExperimentResult,
  createExperiment,
} from './experiment-create';
export {
  type ExperimentGrid,
  type ExperimentGridInput,
  ExperimentInputError,
  type ExperimentSetting,
  expandGrid,
  experimentGridSchema,
  resolveExperimentGrid,
} from './experiment-grid';
export { readStoredGrid, type StoredGrid } from './experiment-record';
export { requeueFailedExperimentRuns, syncExperiment } from './experiment-sync';
export { syncOpenExperiments } from './experiments.service';
export {
  type FoldPlan,
  labelledSpecimens,
  type PlannedSpecimen,
  planFolds,
} from './fold-plan';
export { type MetricDef, REPORT_METRICS } from './report/report-metrics';
export {
  experimentReportPrefix,
  loadReportInput,
  presignReportFiles,
  type ReportFormat,
  renderReport,
  storeExperimentReport,
} from './report/report-store';
export type { ExperimentReport } from './report/report-types';
