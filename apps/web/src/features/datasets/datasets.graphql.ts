import { graphql } from '@/gql';

/** The labels people pick from, with their colours and keyboard shortcuts (editor and review). */
export const DatasetTaxonomyFragment = graphql(`
  fragment DatasetTaxonomyFields on Dataset {
    patternClasses {
      id
      key
      label
      color
      position
      shortcut
    }
    intensityLevels {
      id
      key
      name
      rank
      shortcut
    }
  }
`);

/** How many curated labels (or specimens) a pattern or intensity has (dataset statistics). */
export const LabelCountFields = graphql(`
  fragment LabelCountFields on LabelCount {
    key
    name
    count
  }
`);

/** A dataset's size and its patches per workflow status. */
export const DatasetStatusCountsFields = graphql(`
  fragment DatasetStatusCountsFields on DatasetStats {
    specimens
    patches
    byStatus {
      status
      count
    }
  }
`);

export const DatasetsOverviewQuery = graphql(`
  query DatasetsOverview {
    datasets {
      id
      name
      slug
      patchSize
      intensityMode
      annotatorsPerPatch
      patternClasses {
        id
        label
        color
      }
      stats {
        ...DatasetStatusCountsFields
      }
    }
  }
`);
