import { graphql } from '@/gql';

export const LearningOverviewQuery = graphql(`
  query LearningOverview($datasetId: ID!) {
    dataset(id: $datasetId) {
      id
      name
      stats {
        ...DatasetStatusCountsFields
      }
    }
    queueCounts(datasetId: $datasetId) {
      ...QueueProgressFields
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

export const AcquisitionSettingsFields = graphql(`
  fragment AcquisitionSettingsFields on AcquisitionSettings {
    datasetId
    scoringMethod
    settings
    version
    strategies {
      name
      description
    }
  }
`);

export const AcquisitionSettingsQuery = graphql(`
  query AcquisitionSettings($datasetId: ID!) {
    acquisitionSettings(datasetId: $datasetId) {
      ...AcquisitionSettingsFields
    }
  }
`);

export const UpdateAcquisitionSettingsMutation = graphql(`
  mutation UpdateAcquisitionSettings($datasetId: ID!, $settings: JSON!, $version: Int!) {
    updateAcquisitionSettings(datasetId: $datasetId, settings: $settings, version: $version) {
      ...AcquisitionSettingsFields
    }
  }
`);

export const RequestScoringMutation = graphql(`
  mutation RequestScoring($datasetId: ID!) {
    requestScoring(datasetId: $datasetId) {
      datasetId
      activeModelVersionId
      method
      reranked
      scored
      unscored
    }
  }
`);

export const QueueCompositionQuery = graphql(`
  query QueueComposition($datasetId: ID!, $size: Int) {
    queueComposition(datasetId: $datasetId, size: $size) {
      datasetId
      activeModelVersionId
      size
      unscored
      byReason {
        key
        count
      }
      byStrategy {
        key
        count
      }
      byPredictedPattern {
        key
        count
      }
      items {
        patchId
        specimenId
        priority
        acquisitionScore
        predictedPattern
        reason
        strategy
      }
    }
  }
`);

export const LabelEfficiencyCurveQuery = graphql(`
  query LabelEfficiencyCurve($datasetId: ID!) {
    labelEfficiencyCurve(datasetId: $datasetId) {
      series
      points {
        labelCount
        metrics
        modelVersionId
        createdAt
      }
    }
  }
`);

export const ActiveLearningSimulationsQuery = graphql(`
  query ActiveLearningSimulations($datasetId: ID!) {
    activeLearningSimulations(datasetId: $datasetId, limit: 1) {
      id
      oracle
      seeds
      labelTasks
      createdAt
      labelCost {
        pattern
        intensity
        mask
      }
      curves {
        arm
        testSet
        points {
          labels
          cost
          values {
            metric
            mean
            sd
          }
        }
      }
      comparisons {
        arm
        testSet
        metric
        aucMean
        reached
        seeds
        aucDifference {
          estimate
          lower
          upper
        }
        costRatioMedian {
          estimate
          lower
          upper
        }
      }
    }
  }
`);
