/** The dataset's label ids -> model class indices: the one mapping in @hep2/db/labels. */
export { type DatasetTaxonomy, loadTaxonomy } from '@hep2/db/labels';
