import { graphql } from '@/gql';

export const RequestArchiveUploadMutation = graphql(`
  mutation RequestArchiveUpload($datasetId: ID!, $filename: String!, $size: Float!) {
    requestArchiveUpload(datasetId: $datasetId, filename: $filename, size: $size) {
      uploadId
      url
      method
      maxBytes
    }
  }
`);

export const StartArchiveImportMutation = graphql(`
  mutation StartArchiveImport(
    $datasetId: ID!
    $uploadId: ID!
    $layout: ImportLayout
    $allOrNothing: Boolean
    $labels: ImportLabels
    $options: ImportOptionsInput
  ) {
    startArchiveImport(
      datasetId: $datasetId
      uploadId: $uploadId
      layout: $layout
      allOrNothing: $allOrNothing
      labels: $labels
      options: $options
    ) {
      id
      status
    }
  }
`);
