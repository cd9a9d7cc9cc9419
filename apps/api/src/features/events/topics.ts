// Topic names in one place: publishers (API, trainer) and subscription fields must agree.
export const topics = {
  queueCounts: 'queue-counts',
  presence: 'presence',
  patchReview: 'patch-review',
  returnedWork: 'returned-work',
  trainingRun: 'training-run',
  importJob: 'import-job',
  audit: 'audit',
  /** New webhook deliveries are due (also sent by the AuditLog trigger in SQL: keep the name). */
  webhookDeliveries: 'webhook-deliveries',
} as const;
