import type { AnnotationSource, AnnotationStatus, LeaseEnd, ReviewDecision } from '@hep2/db';

// Selections and DTOs for the workflow domain: GraphQL types expose these, never raw rows.

export const leaseSelect = {
  id: true,
  patchId: true,
  userId: true,
  expiresAt: true,
  heartbeatAt: true,
  endedAt: true,
  endReason: true,
  skipReason: true,
  createdAt: true,
} as const;

export interface LeaseDto {
  id: string;
  patchId: string;
  userId: string;
  expiresAt: Date;
  heartbeatAt: Date;
  endedAt: Date | null;
  endReason: LeaseEnd | null;
  skipReason: string | null;
  createdAt: Date;
}

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

export const proposalSelect = {
  id: true,
  modelVersionId: true,
  method: true,
  maskKey: true,
  patternProbs: true,
  intensityProbs: true,
  patternEntropy: true,
  intensityEntropy: true,
  maskEntropy: true,
  modelVersion: { select: { number: true, datasetId: true } },
} as const;

export interface ProposalDto {
  id: string;
  modelVersionId: string;
  method: string;
  maskKey: string | null;
  patternProbs: number[];
  intensityProbs: number[];
  patternEntropy: number;
  intensityEntropy: number;
  maskEntropy: number;
  modelVersion: { number: number; datasetId: string };
}

export interface ReviewEventDto {
  patchId: string;
  datasetId: string;
  decision: ReviewDecision;
  annotationId: string | null;
  comment: string | null;
}

export interface QueueCountsDto {
  datasetId: string;
  queued: number;
  inProgress: number;
  submitted: number;
  returned: number;
  approved: number;
  archived: number;
  lowAgreement: number;
  activeLeases: number;
}

export interface PresenceDto {
  userId: string;
  userName: string;
  patchId: string;
  leaseId: string;
  since: Date;
  expiresAt: Date;
}
