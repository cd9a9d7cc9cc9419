import { graphql } from '@/gql';

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
        specimens
        patches
        byStatus {
          status
          count
        }
      }
    }
  }
`);
