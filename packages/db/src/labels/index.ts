/**
 * @hep2/db/labels: the one read model of curated labels and of the label ids -> model class
 * indices mapping, shared by the trainer, calibration, acquisition and exports.
 */
export {
  type CuratedLabel,
  type CuratedLabelOptions,
  curatedLabels,
  type LabelTargets,
  usableLabels,
} from './curated-labels';
export {
  argmax,
  type ClassIndices,
  type ClassLabelIds,
  classIndices,
  classLabelIds,
  type DatasetTaxonomy,
  loadTaxonomy,
} from './taxonomy';
