// Topic names in one place: publishers (API, trainer) and subscription fields must agree.
export const topics = {
  queueCounts: 'queue-counts',
  presence: 'presence',
  patchReview: 'patch-review',
  returnedWork: 'returned-work',
  trainingRun: 'training-run',
  importJob: 'import-job',
  audit: 'audit',
} as const;
