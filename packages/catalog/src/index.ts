export { CatalogError, type CatalogErrorCode } from './catalog-error';
// The CLIs' connection (a configured deployment, the running `npm start`, or embedded services).
export {
  type CreateDatasetInput,
  type CreatedDataset,
  createDataset,
  resolveDatasetInput,
} from './datasets/create-dataset';
export { type DatasetContext, loadDatasetContext, resolveLabels } from './datasets/dataset-context';
export { checkText, DATASET_LIMITS } from './datasets/dataset-limits';
export * from './exports/export-archive';
export * from './exports/export-dataset';
export { type ExportFile, storedFile } from './exports/export-file';
export * from './exports/export-formats';
export type { ExportItem, ExportLevel } from './exports/export-items';
export * from './exports/export-output';
export type { ExportWriter } from './exports/export-writer';
export { readZip } from './exports/read-zip';
export * from './folds/dataset-folds';
export * from './imports/import-folder';
export {
  type CreateImportJobInput,
  createImportJob,
  type ImportProgress,
  type ImportReport,
  UNFINISHED_JOB_STATUSES,
} from './imports/import-job';
export * from './imports/import-specimen-image';
export { LABEL_TRUSTS, type LabelTrust } from './imports/specimen-staging';
export * from './taxonomy/reference-taxonomy';
export * from './taxonomy/taxonomy-file';
export * from './taxonomy/taxonomy-presets';
