import type { AnnotationSource, AnnotationStatus } from '@hep2/db';

// Selections and DTOs of annotations: GraphQL types expose these, never raw rows.

export const annotationSelect = {
  id: true,
  patchId: true,
  authorId: true,
  source: true,
  status: true,
  patternClassId: true,
  intensityLevelId: true,
  maskKey: true,
  maskArea: true,
  modelVersionId: true,
  predictionId: true,
  proposalDice: true,
  reviewDice: true,
  returnComment: true,
  version: true,
  submittedAt: true,
  createdAt: true,
  updatedAt: true,
} as const;

export interface AnnotationDto {
  id: string;
  patchId: string;
  authorId: string | null;
  source: AnnotationSource;
  status: AnnotationStatus;
  patternClassId: string | null;
  intensityLevelId: string | null;
  maskKey: string | null;
  maskArea: number | null;
  modelVersionId: string | null;
  predictionId: string | null;
  proposalDice: number | null;
  reviewDice: number | null;
  returnComment: string | null;
  version: number;
  submittedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export const revisionSelect = {
  id: true,
  version: true,
  status: true,
  patternClassId: true,
  intensityLevelId: true,
  maskKey: true,
  editedById: true,
  createdAt: true,
} as const;

export interface RevisionDto {
  id: string;
  version: number;
  status: AnnotationStatus;
  patternClassId: string | null;
  intensityLevelId: string | null;
  maskKey: string | null;
  editedById: string | null;
  createdAt: Date;
}
