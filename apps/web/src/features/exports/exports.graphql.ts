import { graphql } from '@/gql';

export const ExportJobFields = graphql(`
  fragment ExportJobFields on ExportJob {
    id
    format
    level
    approvedOnly
    status
    progressDone
    progressTotal
    error
    fileName
    bytes
    items
    labels
    warningCount
    warnings
    approvedLabels
    newestApprovalAt
    modelVersionNumber
    createdByName
    createdAt
    finishedAt
    downloadUrl
  }
`);

export const ExportPanelQuery = graphql(`
  query ExportPanel($datasetId: ID!) {
    exportFormats {
      format
      description
      level
    }
    exportJobs(datasetId: $datasetId, first: 20) {
      edges {
        node {
          ...ExportJobFields
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

export const StartExportMutation = graphql(`
  mutation StartExport($datasetId: ID!, $format: ExportFormat!, $level: ExportLevel, $approvedOnly: Boolean) {
    startExport(datasetId: $datasetId, format: $format, level: $level, approvedOnly: $approvedOnly) {
      ...ExportJobFields
    }
  }
`);

export const ExportProgressSubscription = graphql(`
  subscription ExportProgress($jobId: ID!) {
    exportProgress(jobId: $jobId) {
      ...ExportJobFields
    }
  }
`);
