import { graphql } from '@/gql';

export const ReviewQueueCountsFields = graphql(`
  fragment ReviewQueueCountsFields on QueueCounts {
    datasetId
    ...QueueProgressFields
    lowAgreement
    activeLeases
  }
`);

export const ReviewCountsQuery = graphql(`
  query ReviewCounts($datasetId: ID!) {
    queueCounts(datasetId: $datasetId) {
      ...ReviewQueueCountsFields
    }
  }
`);

export const ReviewCountsSubscription = graphql(`
  subscription ReviewCountsLive($datasetId: ID!) {
    queueCounts(datasetId: $datasetId) {
      ...ReviewQueueCountsFields
    }
  }
`);

export const ReviewQueueQuery = graphql(`
  query ReviewQueue($datasetId: ID!, $filter: ReviewFilter, $first: Int!) {
    reviewQueue(datasetId: $datasetId, filter: $filter, first: $first) {
      edges {
        node {
          id
          status
          x
          y
          submittedCount
          lowAgreement
          contradictsSpecimen
          agreementPattern
          agreementIntensity
          agreementMask
          updatedAt
          specimen {
            id
            externalId
          }
        }
      }
    }
  }
`);

export const ReviewTaxonomyQuery = graphql(`
  query ReviewTaxonomy($id: ID!) {
    dataset(id: $id) {
      id
      name
      agreementThreshold
      annotatorsPerPatch
      ...DatasetTaxonomyFields
    }
  }
`);

export const ReviewItemQuery = graphql(`
  query ReviewItem($patchId: ID!) {
    patch(id: $patchId) {
      id
      version
      status
      x
      y
      width
      height
      imageUrl
      groundTruthMaskUrl
      proposal {
        predictionId
        modelVersionNumber
        method
        maskUrl
        patternProbs
        intensityProbs
        patternClass {
          id
          label
        }
        intensityLevel {
          id
          name
        }
      }
      lowAgreement
      contradictsSpecimen
      agreementPattern
      agreementIntensity
      agreementMask
      submittedCount
      acquisitionScore
      acquisitionStrategy
      specimen {
        id
        externalId
        width
        height
        displayUrl
        displayWindow {
          ...DisplayWindowFields
        }
        rollup
        patternClass {
          id
          label
        }
      }
    }
    patchAnnotations(patchId: $patchId) {
      id
      authorId
      source
      status
      version
      maskUrl
      maskArea
      proposalDice
      modelVersionId
      submittedAt
      returnComment
      revisions {
        status
      }
      patternClass {
        id
        label
        color
      }
      intensityLevel {
        id
        name
        rank
      }
    }
  }
`);

export const ApprovePatchMutation = graphql(`
  mutation ApprovePatch($patchId: ID!, $annotationId: ID) {
    approvePatch(patchId: $patchId, annotationId: $annotationId) {
      id
      status
    }
  }
`);

export const RejectAnnotationMutation = graphql(`
  mutation RejectAnnotation($annotationId: ID!, $comment: String!) {
    rejectAnnotation(annotationId: $annotationId, comment: $comment) {
      id
      status
      returnComment
    }
  }
`);

export const EditAndApproveMutation = graphql(`
  mutation EditAndApprove($input: AnnotationInput!, $fromAnnotationId: ID) {
    editAndApprove(input: $input, fromAnnotationId: $fromAnnotationId) {
      id
      status
    }
  }
`);

export const SpecimenReviewQuery = graphql(`
  query SpecimenReview($id: ID!) {
    specimen(id: $id) {
      id
      externalId
      width
      height
      bitDepth
      displayUrl
      fold
      isValidation
      rollup
      patternClass {
        id
        key
        label
        color
      }
      intensityLevel {
        id
        key
        name
      }
      importedTruth {
        patches
        patternClass {
          key
          label
        }
        intensityLevel {
          key
          name
        }
      }
      patches {
        id
        x
        y
        width
        height
        status
        submittedCount
        lowAgreement
        contradictsSpecimen
        agreementPattern
        agreementMask
      }
    }
  }
`);
