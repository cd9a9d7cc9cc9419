// Object key layout, in one place so every writer and the backup docs agree.
export const objectKeys = {
  specimenImage: (datasetId: string, contentHash: string, ext: string) =>
    `datasets/${datasetId}/specimens/${contentHash}/image.${ext}`,
  specimenMask: (datasetId: string, contentHash: string) =>
    `datasets/${datasetId}/specimens/${contentHash}/mask.png`,
  patchImage: (datasetId: string, patchId: string) => `datasets/${datasetId}/patches/${patchId}/image.png`,
  patchMask: (datasetId: string, patchId: string) => `datasets/${datasetId}/patches/${patchId}/mask.png`,
  /**
   * With `attempt`, the key is unique to one save attempt, so no upload (after the commit, or by the
   * outbox sweep, possibly twice) can ever replace a mask that another attempt committed.
   */
  annotationMask: (datasetId: string, annotationId: string, version: number, attempt?: string) =>
    `datasets/${datasetId}/annotations/${annotationId}/v${version}${attempt ? `-${attempt}` : ''}.png`,
  predictionMask: (datasetId: string, modelVersionId: string, patchId: string) =>
    `datasets/${datasetId}/predictions/${modelVersionId}/${patchId}.png`,
  /** The mask's per-pixel probabilities (8-bit grey, p x 255); absent for older predictions. */
  predictionProbability: (datasetId: string, modelVersionId: string, patchId: string) =>
    `datasets/${datasetId}/predictions/${modelVersionId}/${patchId}.prob.png`,
  modelArtifact: (datasetId: string, modelVersionId: string) =>
    `datasets/${datasetId}/models/${modelVersionId}/model.bin`,
  /** The same version's ONNX export (ModelVersion.onnxKey), written at registration. */
  modelOnnx: (datasetId: string, modelVersionId: string) =>
    `datasets/${datasetId}/models/${modelVersionId}/model.onnx`,
  checkpoint: (runId: string) => `runs/${runId}/checkpoint.bin`,
  upload: (datasetId: string, uploadId: string) => `uploads/${datasetId}/${uploadId}`,
  /** A dataset archive (.zip) uploaded for an import job; removed when the job ends. */
  archiveUpload: (datasetId: string, uploadId: string) => `uploads/${datasetId}/archives/${uploadId}.zip`,
  /**
   * An export job's .zip. Per attempt: an attempt that stalled past its heartbeat while a retry ran
   * can never overwrite the archive the retry recorded; the job's other keys are removed when it ends.
   */
  exportArchive: (datasetId: string, jobId: string, attempt: number) =>
    `exports/${datasetId}/${jobId}/${attempt}.zip`,
  /** Everything an export job wrote (its archive, and those of attempts that died). */
  exportJob: (datasetId: string, jobId: string) => `exports/${datasetId}/${jobId}/`,
} as const;
