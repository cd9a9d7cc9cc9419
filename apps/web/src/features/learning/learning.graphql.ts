import { graphql } from '@/gql';

export const LearningOverviewQuery = graphql(`
  query LearningOverview($datasetId: ID!) {
    dataset(id: $datasetId) {
      id
      name
      acquisition
      stats {
        patches
        byStatus {
          status
          count
        }
      }
    }
    modelVersions(datasetId: $datasetId) {
      id
      number
      status
      labelCount
      metrics
      createdAt
    }
    queueCounts(datasetId: $datasetId) {
      queued
      inProgress
      submitted
      returned
      approved
    }
  }
`);

export const QueuedPatchesQuery = graphql(`
  query QueuedPatches($datasetId: ID!, $first: Int!) {
    patches(datasetId: $datasetId, status: QUEUED, first: $first) {
      edges {
        node {
          id
          priority
          acquisitionScore
          acquisitionStrategy
        }
      }
    }
  }
`);

export const DatasetPickerQuery = graphql(`
  query DatasetPicker {
    datasets {
      id
      name
      slug
      stats {
        specimens
        patches
      }
    }
  }
`);
