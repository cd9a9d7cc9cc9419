export * from './export/coco-export';
export * from './export/coco-rle';
export * from './export/csv-export';
export * from './folds/fold-table';
export * from './folds/specimen-folds';
export { cutCellCrops } from './generator/cell-crops';
export {
  type CellSetOptions,
  type GeneratedCellCrop,
  generateCellSet,
  I3A_PATTERNS,
} from './generator/cell-set';
export {
  type DatasetOptions,
  generateCellCrop,
  generateDataset,
  iterateDataset,
  planDataset,
} from './generator/dataset-generator';
export * from './generator/dataset-writer';
export { type GeneratedCell, type GeneratedSpecimen, generateSpecimen } from './generator/specimen-generator';
export type { GeneratorMode, SpecimenOptions } from './generator/specimen-options';
export { GeneratorOptionError } from './generator/specimen-options';
export type { SpecimenStats } from './generator/specimen-stats';
export { sha256 } from './image/content-hash';
export * from './image/display-copy';
export * from './image/grey-image';
export * from './image/image-decode';
export * from './image/image-encode';
export * from './image/mask-binarize';
export {
  bitDepthMax,
  minMaxNormalise,
  type PixelScaling,
  prepareImage,
  prepareMask,
  probabilityToGrey,
  probabilityToMask,
  resizeArea,
  scaleToUnit,
} from './image/model-input';
export * from './manifest/import-folder.scanner';
export * from './manifest/import-grouping';
export * from './manifest/import-item';
export { detectCsvLayout, HEADER_NAMES, isHeaderRow, parseManifest } from './manifest/manifest.parser';
export * from './manifest/manifest-types';
export * from './patching/patch-cut';
export * from './patching/patch-grid';
export * from './patching/specimen-patches';
export { type ContactSheetOptions, contactSheet } from './preview/contact-sheet';
export { hashString, SeededRandom } from './random/seeded-random';
export * from './taxonomy/label-taxonomy';
