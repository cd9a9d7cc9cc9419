/** pg-boss queues of the trainer. */
export const TRAINING_QUEUE = 'training-run';
export const SCHEDULE_QUEUE = 'training-schedule';

export interface TrainingJobData {
  runId: string;
  datasetId: string;
}

export interface ScheduleJobData {
  datasetId: string;
}
