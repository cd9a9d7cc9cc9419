import { graphql } from '@/gql';

export const DatasetAdminQuery = graphql(`
  query DatasetAdmin($id: ID!) {
    dataset(id: $id) {
      id
      name
      slug
      description
      version
      patchSize
      strideX
      strideY
      intensityMode
      annotatorsPerPatch
      agreementThreshold
      doubleLabelShare
      goldRate
      acquisition
      ...DatasetTaxonomyFields
      patternClasses {
        name
        icapCodes
      }
      stats {
        ...DatasetStatusCountsFields
        approvedPatterns {
          ...LabelCountFields
        }
        approvedIntensities {
          ...LabelCountFields
        }
        importedPatterns {
          ...LabelCountFields
        }
        importedIntensities {
          ...LabelCountFields
        }
        specimenPatterns {
          ...LabelCountFields
        }
        curatedSpecimenPatterns {
          ...LabelCountFields
        }
      }
    }
  }
`);

export const CreateDatasetMutation = graphql(`
  mutation CreateDataset(
    $name: String!
    $slug: String!
    $description: String
    $intensityMode: IntensityMode
    $taxonomyPreset: TaxonomyPreset
    $patchSize: Int
    $strideX: Int
    $strideY: Int
  ) {
    createDataset(
      name: $name
      slug: $slug
      description: $description
      intensityMode: $intensityMode
      taxonomyPreset: $taxonomyPreset
      patchSize: $patchSize
      strideX: $strideX
      strideY: $strideY
    ) {
      id
      name
    }
  }
`);

export const UpdateDatasetSettingsMutation = graphql(`
  mutation UpdateDatasetSettings(
    $id: ID!
    $expectedVersion: Int!
    $name: String
    $description: String
    $annotatorsPerPatch: Int
    $agreementThreshold: Float
    $doubleLabelShare: Float
    $goldRate: Float
    $patchSize: Int
    $strideX: Int
    $strideY: Int
  ) {
    updateDatasetSettings(
      id: $id
      expectedVersion: $expectedVersion
      name: $name
      description: $description
      annotatorsPerPatch: $annotatorsPerPatch
      agreementThreshold: $agreementThreshold
      doubleLabelShare: $doubleLabelShare
      goldRate: $goldRate
      patchSize: $patchSize
      strideX: $strideX
      strideY: $strideY
    ) {
      id
      version
      name
      description
      annotatorsPerPatch
      agreementThreshold
      doubleLabelShare
      goldRate
      patchSize
      strideX
      strideY
    }
  }
`);

export const ImportJobFields = graphql(`
  fragment ImportJobFields on ImportJob {
    id
    datasetId
    status
    source
    layout
    labels
    allOrNothing
    totalRows
    doneRows
    importedRows
    error
    createdAt
    finishedAt
    rowErrors {
      line
      reason
    }
    warnings
    maskSummary {
      masks
      emptyLines
      contourLines
      foregroundMin
      foregroundMax
    }
    grouping {
      by
      detected
      groups
    }
  }
`);

export const ImportJobsQuery = graphql(`
  query ImportJobs($datasetId: ID!) {
    importJobs(datasetId: $datasetId, limit: 20) {
      ...ImportJobFields
    }
  }
`);

export const StartImportMutation = graphql(`
  mutation StartImport(
    $datasetId: ID!
    $serverPath: String!
    $layout: ImportLayout
    $allOrNothing: Boolean
    $labels: ImportLabels
    $options: ImportOptionsInput
  ) {
    startImport(
      datasetId: $datasetId
      serverPath: $serverPath
      layout: $layout
      allOrNothing: $allOrNothing
      labels: $labels
      options: $options
    ) {
      ...ImportJobFields
    }
  }
`);

export const ImportProgressSubscription = graphql(`
  subscription ImportProgress($jobId: ID!) {
    importProgress(jobId: $jobId) {
      ...ImportJobFields
    }
  }
`);

export const RequestSpecimenUploadMutation = graphql(`
  mutation RequestSpecimenUpload($datasetId: ID!, $filename: String!, $size: Int!) {
    requestSpecimenUpload(datasetId: $datasetId, filename: $filename, size: $size) {
      uploadId
      url
      method
      maxBytes
      expiresAt
    }
  }
`);

export const CompleteSpecimenUploadMutation = graphql(`
  mutation CompleteSpecimenUpload($uploadId: ID!, $pattern: String, $intensity: String, $labels: ImportLabels) {
    completeSpecimenUpload(uploadId: $uploadId, pattern: $pattern, intensity: $intensity, labels: $labels) {
      id
      externalId
      width
      height
      patches {
        id
      }
    }
  }
`);
