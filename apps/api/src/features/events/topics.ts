// Topic names in one place: publishers (API, trainer) and subscription fields must agree.
export const topics = {
  queueCounts: 'queue-counts',
  presence: 'presence',
  patchReview: 'patch-review',
  returnedWork: 'returned-work',
  trainingRun: 'training-run',
  importJob: 'import-job',
  exportJob: 'export-job',
  audit: 'audit',
  /** New webhook deliveries are due (also sent by the AuditLog trigger in SQL: keep the name). */
  webhookDeliveries: 'webhook-deliveries',
  /** A session or user a cached viewer depends on changed (sent by triggers in SQL: keep the name). */
  viewerChanged: 'viewer-changed',
} as const;
