import { graphql } from '@/gql';

export const TrainingRunConfigFields = graphql(`
  fragment TrainingRunConfigFields on TrainingRunConfig {
    variant inputSize width blocks epochs batchSize learningRate weighting gradNormAlpha
    taskWeightLearningRate maskLoss augment augmentNoise inputNormalisation inputGain classBalance
    patchView viewSize
    lrSchedule earlyStoppingPatience keepBestEpoch fromScratch weakLabels validationFraction
    validationSpecimenIds maxTrainSamples validateEvery checkpointEvery seed trainThreads autoPromote
  }
`);

export const TrainingRunDefaultsQuery = graphql(`
  query TrainingRunDefaults($datasetId: ID!) {
    trainingRunDefaults(datasetId: $datasetId) {
      ...TrainingRunConfigFields
    }
  }
`);

export const TrainingRunFields = graphql(`
  fragment TrainingRunFields on TrainingRun {
    id
    datasetId
    status
    trigger
    config {
      ...TrainingRunConfigFields
    }
    progress
    error
    cancelRequested
    labelCount
    environment
    createdAt
    startedAt
    finishedAt
    heartbeatAt
    modelVersion {
      id
      number
      status
    }
  }
`);

export const TrainingRunsQuery = graphql(`
  query TrainingRuns($datasetId: ID!, $first: Int!) {
    trainingRuns(datasetId: $datasetId, first: $first) {
      edges {
        node {
          ...TrainingRunFields
        }
      }
    }
  }
`);

export const TrainingRunDetailQuery = graphql(`
  query TrainingRunDetail($id: ID!) {
    trainingRun(id: $id) {
      ...TrainingRunFields
      epochs {
        epoch
        losses
        taskWeights
        metrics
        seconds
        validation {
          loss
          dice
          patternAccuracy
          intensityAccuracy
          patches
        }
      }
    }
  }
`);

export const TrainingRunUpdatedSubscription = graphql(`
  subscription TrainingRunUpdated($datasetId: ID) {
    trainingRunUpdated(datasetId: $datasetId) {
      ...TrainingRunFields
    }
  }
`);

export const TriggerTrainingRunMutation = graphql(`
  mutation TriggerTrainingRun($datasetId: ID!, $config: TrainingRunConfigInput, $force: Boolean, $belowMinimum: Boolean) {
    triggerTrainingRun(datasetId: $datasetId, config: $config, force: $force, belowMinimum: $belowMinimum) {
      ...TrainingRunFields
    }
  }
`);

export const CancelTrainingRunMutation = graphql(`
  mutation CancelTrainingRun($id: ID!) {
    cancelTrainingRun(id: $id) {
      ...TrainingRunFields
    }
  }
`);

export const ModelVersionFields = graphql(`
  fragment ModelVersionFields on ModelVersion {
    id
    datasetId
    number
    status
    labelCount
    parameterCount
    artifactBytes
    metrics
    calibration
    promotion
    architecture
    trainingRunId
    parentId
    createdAt
    promotedAt
  }
`);

export const ModelVersionsQuery = graphql(`
  query ModelVersions($datasetId: ID!) {
    modelVersions(datasetId: $datasetId) {
      ...ModelVersionFields
    }
    dataset(id: $datasetId) {
      id
      name
      patternClasses {
        id
        key
        label
        position
      }
      intensityLevels {
        id
        key
        name
        rank
      }
    }
  }
`);

export const PromoteModelVersionMutation = graphql(`
  mutation PromoteModelVersion($id: ID!) {
    promoteModelVersion(id: $id) {
      ...ModelVersionFields
    }
  }
`);

export const RollbackModelMutation = graphql(`
  mutation RollbackModel($datasetId: ID!) {
    rollbackModel(datasetId: $datasetId) {
      ...ModelVersionFields
    }
  }
`);

export const ReliabilityBinFields = graphql(`
  fragment ReliabilityBinFields on ReliabilityBin {
    lo
    hi
    count
    confidence
    accuracy
  }
`);

export const ModelCalibrationQuery = graphql(`
  query ModelCalibration($modelVersionId: ID!) {
    calibration(modelVersionId: $modelVersionId) {
      modelVersionId
      fittedAt
      validationPatches
      mcSamples
      dropoutMode
      split {
        groupedBy
        fitPatches
        heldOutPatches
        fitSpecimens
        heldOutSpecimens
      }
      heads {
        head
        temperature
        samples
        heldOutSamples
        eceBefore
        eceAfter
        nllBefore
        nllAfter
        before {
          ...ReliabilityBinFields
        }
        after {
          ...ReliabilityBinFields
        }
      }
    }
  }
`);

/** What the run form needs to know beforehand: the patch size and whether validation is possible. */
export const TrainingReadinessQuery = graphql(`
  query TrainingReadiness($datasetId: ID!) {
    dataset(id: $datasetId) {
      id
      patchSize
      trainingReadiness {
        curatedLabels
        curatedSpecimens
        validationSpecimens
        validationLabels
        minimumLabels
        minimumSpecimens
        problems
      }
    }
  }
`);
