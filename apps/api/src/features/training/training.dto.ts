import type { ModelVersionStatus, TrainingRunStatus, TrainingTrigger } from '@hep2/db';

export const trainingRunSelect = {
  id: true,
  datasetId: true,
  trigger: true,
  triggeredById: true,
  config: true,
  status: true,
  progress: true,
  error: true,
  cancelRequested: true,
  workerId: true,
  heartbeatAt: true,
  baseModelVersionId: true,
  labelCount: true,
  environment: true,
  resumeCount: true,
  resumes: true,
  startedAt: true,
  finishedAt: true,
  createdAt: true,
} as const;

export interface TrainingRunDto {
  id: string;
  datasetId: string;
  trigger: TrainingTrigger;
  triggeredById: string | null;
  config: unknown;
  status: TrainingRunStatus;
  progress: unknown;
  error: string | null;
  cancelRequested: boolean;
  workerId: string | null;
  heartbeatAt: Date | null;
  baseModelVersionId: string | null;
  labelCount: number;
  environment: unknown;
  resumeCount: number;
  resumes: unknown;
  startedAt: Date | null;
  finishedAt: Date | null;
  createdAt: Date;
}

export const trainingEpochSelect = {
  epoch: true,
  losses: true,
  taskWeights: true,
  metrics: true,
  seconds: true,
} as const;

export interface TrainingEpochDto {
  epoch: number;
  losses: unknown;
  taskWeights: unknown;
  metrics: unknown;
  seconds: number;
}

export const modelVersionSelect = {
  id: true,
  datasetId: true,
  number: true,
  status: true,
  artifactBytes: true,
  artifactSha256: true,
  architecture: true,
  parameterCount: true,
  metrics: true,
  calibration: true,
  promotion: true,
  labelCount: true,
  parentId: true,
  trainingRunId: true,
  promotedAt: true,
  promotedById: true,
  createdAt: true,
} as const;

export interface ModelVersionDto {
  id: string;
  datasetId: string;
  number: number;
  status: ModelVersionStatus;
  artifactBytes: number;
  artifactSha256: string;
  architecture: unknown;
  parameterCount: number;
  metrics: unknown;
  calibration: unknown;
  promotion: unknown;
  labelCount: number;
  parentId: string | null;
  trainingRunId: string | null;
  promotedAt: Date | null;
  promotedById: string | null;
  createdAt: Date;
}
