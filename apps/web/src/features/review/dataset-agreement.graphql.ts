import { graphql } from '@/gql';

export const AgreementEstimateFields = graphql(`
  fragment AgreementEstimateFields on AgreementEstimate {
    statistic
    value
    low
    high
    items
    interval
  }
`);

export const AnnotatorScoreSetFields = graphql(`
  fragment AnnotatorScoreSetFields on AnnotatorScoreSet {
    items
    patternAccuracy {
      ...AgreementEstimateFields
    }
    patternKappa {
      ...AgreementEstimateFields
    }
    intensityAccuracy {
      ...AgreementEstimateFields
    }
    intensityKappa {
      ...AgreementEstimateFields
    }
    maskDice {
      ...AgreementEstimateFields
    }
  }
`);

export const DatasetAgreementQuery = graphql(`
  query DatasetAgreementReport($datasetId: ID!) {
    datasetAgreement(datasetId: $datasetId) {
      patches
      doubleLabelShare
      goldPatches
      goldAttempts
      patternKappa {
        ...AgreementEstimateFields
      }
      patternAlpha {
        ...AgreementEstimateFields
      }
      intensityAlpha {
        ...AgreementEstimateFields
      }
      maskDice {
        ...AgreementEstimateFields
      }
    }
    annotatorScores(datasetId: $datasetId) {
      userId
      userName
      vsGold {
        ...AnnotatorScoreSetFields
      }
      vsConsensus {
        ...AnnotatorScoreSetFields
      }
    }
  }
`);

export const SetGoldPatchMutation = graphql(`
  mutation SetGoldPatch($patchId: ID!, $gold: Boolean!) {
    setGoldPatch(patchId: $patchId, gold: $gold) {
      id
      gold
      status
    }
  }
`);

export const ApprovedPatchesQuery = graphql(`
  query ApprovedPatchesForGold($datasetId: ID!) {
    patches(datasetId: $datasetId, status: APPROVED, first: 50) {
      edges {
        node {
          id
          x
          y
          gold
          specimen {
            id
            externalId
          }
        }
      }
    }
  }
`);
