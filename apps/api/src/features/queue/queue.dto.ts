import type { LeaseEnd } from '@hep2/db';

// Selections and DTOs of the work queue: GraphQL types expose these, never raw rows.

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
