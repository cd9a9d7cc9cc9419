import { graphql } from '@/gql';

export const AnnotatorHomeQuery = graphql(`
  query AnnotatorHome {
    datasets {
      id
      name
      description
      patchSize
    }
    myReturnedWork {
      id
      returnComment
      updatedAt
      patch {
        id
        datasetId
        specimen {
          externalId
        }
      }
      patternClass {
        label
      }
    }
  }
`);

/** Where a dataset's patches stand in the labelling workflow (annotator home, learning, review). */
export const QueueProgressFields = graphql(`
  fragment QueueProgressFields on QueueCounts {
    queued
    inProgress
    submitted
    returned
    approved
  }
`);

export const DatasetQueueCountsQuery = graphql(`
  query DatasetQueueCounts($datasetId: ID!) {
    queueCounts(datasetId: $datasetId) {
      ...QueueProgressFields
    }
  }
`);

export const MyAnnotationsQuery = graphql(`
  query MyAnnotations($first: Int!, $after: String, $status: AnnotationStatus) {
    myAnnotations(first: $first, after: $after, status: $status) {
      edges {
        node {
          id
          status
          version
          updatedAt
          submittedAt
          maskArea
          proposalDice
          returnComment
          patternClass {
            label
            color
          }
          intensityLevel {
            name
          }
          patch {
            id
            datasetId
            x
            y
            specimen {
              externalId
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const MyThroughputQuery = graphql(`
  query MyThroughput($days: Int!) {
    myThroughput(days: $days) {
      userId
      submitted
      skipped
      medianSecondsPerPatch
      submissionsPerHour
      reviewed
      approved
      rejected
      meanProposalDice
      meanReviewDice
      daily {
        day
        submitted
      }
    }
  }
`);
