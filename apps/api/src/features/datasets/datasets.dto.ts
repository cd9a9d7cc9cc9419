import type { IntensityMode, PatchStatus, SpecimenSource } from '@hep2/db';

// Selections and DTO shapes for the dataset domain: GraphQL types expose these, never raw rows.

export const patternClassSelect = {
  id: true,
  key: true,
  name: true,
  icapCodes: true,
  color: true,
  position: true,
  shortcut: true,
} as const;
export const intensityLevelSelect = { id: true, key: true, name: true, rank: true, shortcut: true } as const;

export const datasetSelect = {
  id: true,
  slug: true,
  name: true,
  description: true,
  patchSize: true,
  strideX: true,
  strideY: true,
  intensityMode: true,
  annotatorsPerPatch: true,
  agreementThreshold: true,
  doubleLabelShare: true,
  goldRate: true,
  acquisition: true,
  version: true,
  createdAt: true,
} as const;

export const specimenSelect = {
  id: true,
  datasetId: true,
  externalId: true,
  source: true,
  imageKey: true,
  maskKey: true,
  width: true,
  height: true,
  bitDepth: true,
  conversion: true,
  contentHash: true,
  patternClassId: true,
  intensityLevelId: true,
  fold: true,
  isValidation: true,
  rollup: true,
  createdAt: true,
} as const;

export const patchSelect = {
  id: true,
  datasetId: true,
  specimenId: true,
  x: true,
  y: true,
  width: true,
  height: true,
  padded: true,
  imageKey: true,
  maskKey: true,
  status: true,
  priority: true,
  acquisitionScore: true,
  acquisitionStrategy: true,
  submittedCount: true,
  agreementPattern: true,
  agreementIntensity: true,
  agreementMask: true,
  lowAgreement: true,
  contradictsSpecimen: true,
  doubleLabel: true,
  goldAt: true,
  version: true,
  updatedAt: true,
} as const;

export interface PatternClassDto {
  id: string;
  key: string;
  name: string;
  icapCodes: string[];
  color: string;
  position: number;
  shortcut: string | null;
}

export interface IntensityLevelDto {
  id: string;
  key: string;
  name: string;
  rank: number;
  shortcut: string | null;
}

export interface DatasetDto {
  id: string;
  slug: string;
  name: string;
  description: string;
  patchSize: number;
  strideX: number;
  strideY: number;
  intensityMode: IntensityMode;
  annotatorsPerPatch: number;
  agreementThreshold: number;
  doubleLabelShare: number;
  goldRate: number;
  acquisition: unknown;
  version: number;
  createdAt: Date;
}

export interface SpecimenDto {
  id: string;
  datasetId: string;
  externalId: string;
  source: SpecimenSource;
  imageKey: string;
  maskKey: string | null;
  width: number;
  height: number;
  bitDepth: number;
  conversion: string;
  contentHash: string;
  patternClassId: string | null;
  intensityLevelId: string | null;
  fold: number | null;
  isValidation: boolean;
  rollup: unknown;
  createdAt: Date;
}

export interface PatchDto {
  id: string;
  datasetId: string;
  specimenId: string;
  x: number;
  y: number;
  width: number;
  height: number;
  padded: boolean;
  imageKey: string;
  maskKey: string | null;
  status: PatchStatus;
  priority: number;
  acquisitionScore: number | null;
  acquisitionStrategy: string | null;
  submittedCount: number;
  agreementPattern: number | null;
  agreementIntensity: number | null;
  agreementMask: number | null;
  lowAgreement: boolean;
  contradictsSpecimen: boolean;
  doubleLabel: boolean;
  goldAt: Date | null;
  version: number;
  updatedAt: Date;
}
