import type { AnnotationStatus, Db, Prisma } from '@hep2/db';
import { notFound } from '../../shared/domain-error';
import { type Actor, isCurator } from '../patch-core/workflow-deps';
import { type AnnotationDto, annotationSelect, type RevisionDto, revisionSelect } from './annotations.dto';

/** Drafts are private to their author; curators see everyone's submitted work; annotators their own. */
export function canSee(actor: Actor, annotation: Pick<AnnotationDto, 'authorId' | 'status'>): boolean {
  if (annotation.authorId === actor.id) return true;
  return isCurator(actor) && annotation.status !== 'DRAFT';
}

export async function annotationById(db: Db, actor: Actor, id: string): Promise<AnnotationDto> {
  const annotation = await db.annotation.findUnique({ where: { id }, select: annotationSelect });
  if (!annotation || !canSee(actor, annotation)) throw notFound('Annotation', id);
  return annotation;
}

/** Annotations of a patch the viewer may see, newest first. */
export function patchAnnotations(db: Db, actor: Actor, patchId: string): Promise<AnnotationDto[]> {
  const where: Prisma.AnnotationWhereInput = isCurator(actor)
    ? { patchId, OR: [{ status: { not: 'DRAFT' } }, { authorId: actor.id }] }
    : { patchId, authorId: actor.id };
  return db.annotation.findMany({
    where,
    select: annotationSelect,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
  });
}

/** The viewer's own annotations, most recently changed first (keyset on updatedAt, id). */
export function myAnnotations(
  db: Db,
  actor: Actor,
  filter: { datasetId?: string | null; status?: AnnotationStatus | null },
  page: { after?: string; before?: string; limit: number; inverted: boolean },
): Promise<AnnotationDto[]> {
  return db.annotation.findMany({
    where: {
      authorId: actor.id,
      status: filter.status ?? undefined,
      patch: filter.datasetId ? { datasetId: filter.datasetId } : undefined,
    },
    select: annotationSelect,
    take: page.limit,
    cursor: page.after ? { id: page.after } : page.before ? { id: page.before } : undefined,
    skip: page.after || page.before ? 1 : 0,
    orderBy: [{ updatedAt: page.inverted ? 'asc' : 'desc' }, { id: page.inverted ? 'asc' : 'desc' }],
  });
}

/** Work a curator sent back to the viewer and that is still waiting for them, oldest first. */
export function myReturnedWork(db: Db, actor: Actor, datasetId?: string | null): Promise<AnnotationDto[]> {
  return db.annotation.findMany({
    where: {
      authorId: actor.id,
      status: { in: ['REJECTED', 'DRAFT'] },
      returnComment: { not: null },
      patch: { status: { in: ['RETURNED', 'IN_PROGRESS'] }, ...(datasetId ? { datasetId } : {}) },
    },
    select: annotationSelect,
    orderBy: [{ updatedAt: 'asc' }, { id: 'asc' }],
    take: 200,
  });
}

export function revisions(db: Db, annotationId: string): Promise<RevisionDto[]> {
  return db.annotationRevision.findMany({
    where: { annotationId },
    select: revisionSelect,
    orderBy: { version: 'asc' },
  });
}
