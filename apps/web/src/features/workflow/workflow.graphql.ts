import { graphql } from '@/gql';

export const WorkItemFields = graphql(`
  fragment WorkItemFields on WorkItem {
    lease {
      id
      patchId
      expiresAt
    }
    returnComment
    patch {
      id
      datasetId
      x
      y
      width
      height
      imageUrl
      acquisitionScore
      acquisitionStrategy
      specimen {
        id
        externalId
        width
        height
        bitDepth
        imageUrl
      }
    }
    proposal {
      predictionId
      modelVersionNumber
      method
      maskUrl
      patternProbs
      intensityProbs
      patternEntropy
      intensityEntropy
      maskEntropy
    }
    draft {
      id
      version
      status
      maskUrl
      returnComment
      patternClass {
        id
      }
      intensityLevel {
        id
      }
    }
  }
`);

export const ClaimNextMutation = graphql(`
  mutation ClaimNext($datasetId: ID!) {
    claimNext(datasetId: $datasetId) {
      ...WorkItemFields
    }
  }
`);

export const HeartbeatMutation = graphql(`
  mutation Heartbeat($leaseId: ID!) {
    heartbeat(leaseId: $leaseId) {
      id
      expiresAt
    }
  }
`);

export const SaveDraftMutation = graphql(`
  mutation SaveDraft($input: AnnotationInput!) {
    saveDraft(input: $input) {
      id
      version
      status
    }
  }
`);

export const SubmitAnnotationMutation = graphql(`
  mutation SubmitAnnotation($input: AnnotationInput!) {
    submitAnnotation(input: $input) {
      id
      version
      status
    }
  }
`);

export const SkipPatchMutation = graphql(`
  mutation SkipPatch($leaseId: ID!, $reason: String!) {
    skipPatch(leaseId: $leaseId, reason: $reason) {
      id
      endReason
    }
  }
`);

export const LabelingDatasetQuery = graphql(`
  query LabelingDataset($id: ID!) {
    dataset(id: $id) {
      id
      name
      intensityMode
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
  }
`);
