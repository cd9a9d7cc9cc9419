import type { ExperimentStatus } from '@hep2/db';
import { type TrainingRunDto, trainingRunSelect } from '../training/training.dto';

export const experimentSelect = {
  id: true,
  datasetId: true,
  name: true,
  folds: true,
  seed: true,
  grid: true,
  status: true,
  report: true,
  createdById: true,
  createdAt: true,
  updatedAt: true,
} as const;

export interface ExperimentDto {
  id: string;
  datasetId: string;
  name: string;
  folds: number;
  seed: number;
  grid: unknown;
  status: ExperimentStatus;
  report: unknown;
  createdById: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export const experimentRunSelect = { ...trainingRunSelect, experimentCell: true, fold: true } as const;

export type ExperimentRunDto = TrainingRunDto & { experimentCell: string | null; fold: number | null };

export interface ReportFileDto {
  name: string;
  url: string;
}
