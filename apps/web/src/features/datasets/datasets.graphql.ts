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

export const UsersQuery = graphql(`
  query Users($first: Int!) {
    users(first: $first) {
      edges {
        node {
          id
          name
          email
          role
          active
          lastSignInAt
        }
      }
    }
  }
`);
