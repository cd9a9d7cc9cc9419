import { graphql } from '@/gql';

// The patch and proposal as the editor needs them; shared by claims and the prefetch list so a
// prefetched guess has exactly the shape of a claimed work item.
// The specimen's own display window (raw units): the editor's default, the same for every patch of it.
export const DisplayWindowFields = graphql(`
  fragment DisplayWindowFields on DisplayWindow {
    low
    high
    min
    max
    bitDepth
    saturatedFraction
    zeroFraction
  }
`);

export const WorkPatchFields = graphql(`
  fragment WorkPatchFields on Patch {
    id
    datasetId
    x
    y
    width
    height
    padded
    imageUrl
    acquisitionScore
    acquisitionStrategy
    specimen {
      id
      externalId
      width
      height
      bitDepth
      displayUrl
      displayWindow {
        ...DisplayWindowFields
      }
    }
  }
`);

export const ProposalFields = graphql(`
  fragment ProposalFields on ModelProposal {
    predictionId
    modelVersionNumber
    method
    maskUrl
    maskProbabilityUrl
    patternProbs
    intensityProbs
    patternEntropy
    intensityEntropy
    maskEntropy
  }
`);

export const WorkItemFields = graphql(`
  fragment WorkItemFields on WorkItem {
    lease {
      id
      patchId
      expiresAt
    }
    returnComment
    patch {
      ...WorkPatchFields
    }
    proposal {
      ...ProposalFields
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
      ...DatasetTaxonomyFields
    }
  }
`);

export const UpcomingPatchesQuery = graphql(`
  query UpcomingPatches($datasetId: ID!, $first: Int) {
    upcomingPatches(datasetId: $datasetId, first: $first) {
      queue
      patch {
        ...WorkPatchFields
      }
      proposal {
        ...ProposalFields
      }
    }
  }
`);

// GraphQL runs mutation fields one after the other and stops at a failed non-null field: the claim
// only happens when the submit went through, in one round trip.
export const SubmitAndClaimNextMutation = graphql(`
  mutation SubmitAndClaimNext($input: AnnotationInput!, $datasetId: ID!) {
    submitAnnotation(input: $input) {
      id
      version
      status
    }
    claimNext(datasetId: $datasetId) {
      ...WorkItemFields
    }
  }
`);
