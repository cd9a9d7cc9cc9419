import { graphql } from '@/gql';

export const ExperimentSummaryFields = graphql(`
  fragment ExperimentSummaryFields on Experiment {
    id
    datasetId
    name
    status
    folds
    seed
    createdAt
    updatedAt
    runs {
      cell
      fold
      run {
        id
        status
      }
    }
  }
`);

export const ExperimentsQuery = graphql(`
  query Experiments($datasetId: ID!) {
    dataset(id: $datasetId) {
      id
      name
    }
    experiments(datasetId: $datasetId) {
      ...ExperimentSummaryFields
    }
  }
`);

export const ExperimentQuery = graphql(`
  query Experiment($id: ID!) {
    experiment(id: $id) {
      ...ExperimentSummaryFields
      grid
      report
    }
  }
`);

export const ExperimentReportFilesQuery = graphql(`
  query ExperimentReportFiles($id: ID!) {
    experimentReport(id: $id, format: ALL) {
      name
      url
    }
  }
`);

export const CreateExperimentMutation = graphql(`
  mutation CreateExperiment($datasetId: ID!, $name: String!, $folds: Int!, $seed: Int, $grid: JSON) {
    createExperiment(datasetId: $datasetId, name: $name, folds: $folds, seed: $seed, grid: $grid) {
      ...ExperimentSummaryFields
    }
  }
`);

export const RequeueFailedExperimentRunsMutation = graphql(`
  mutation RequeueFailedExperimentRuns($id: ID!) {
    requeueFailedExperimentRuns(id: $id) {
      ...ExperimentSummaryFields
    }
  }
`);
