import { type AnnotationModel, type AnnotationRevisionModel, Prisma } from '@hep2/db';

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

export type AnnotationDto = Prisma.AnnotationGetPayload<{ select: typeof annotationSelect }>;

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

export type RevisionDto = Prisma.AnnotationRevisionGetPayload<{ select: typeof revisionSelect }>;

type RevisionCopied = Exclude<keyof AnnotationRevisionModel & keyof AnnotationModel, 'id' | 'createdAt'>;

/**
 * A revision records its annotation's state at a version: every column the two tables share but
 * their own id and createdAt. Read from Prisma's column lists, so a column added to both is copied
 * by every writer of revisions (the save statement, review) without a change to them.
 */
export const REVISION_COPIES = Object.keys(Prisma.AnnotationRevisionScalarFieldEnum).filter(
  (column) => column in Prisma.AnnotationScalarFieldEnum && column !== 'id' && column !== 'createdAt',
) as RevisionCopied[];

/** The revision of `annotation`'s current state, saved by `editedById` (Prisma's create data). */
export function revisionOf(
  annotation: Pick<AnnotationModel, 'id' | RevisionCopied>,
  editedById: string,
): Prisma.AnnotationRevisionUncheckedCreateInput {
  const copied = Object.fromEntries(REVISION_COPIES.map((c) => [c, annotation[c]])) as Pick<
    AnnotationModel,
    RevisionCopied
  >;
  return { ...copied, annotationId: annotation.id, editedById };
}
