import type { AnnotationSource, AnnotationStatus } from '@/gql/graphql';

interface Authored {
  source: AnnotationSource;
  authorId?: string | null;
  status?: AnnotationStatus;
  /** Oldest first; only the first one's status is read. */
  revisions?: readonly { status: AnnotationStatus }[] | null;
}

/**
 * A curator's own corrected annotation (edit-and-approve): a person's, approved from its first
 * revision on, where an approved submission was submitted first.
 */
export function isCuratorCorrection(a: Authored): boolean {
  return a.source === 'HUMAN' && a.status === 'APPROVED' && a.revisions?.[0]?.status === 'APPROVED';
}

/**
 * Who an annotation is by, as the review pages name it. A curated import's annotation has no
 * author: it is expert ground truth brought in by an admin, never a person's work in the platform.
 */
export function annotationAuthor(a: Authored): string {
  if (a.source === 'IMPORT') return 'Imported ground truth';
  if (a.source === 'MODEL') return 'Model prediction';
  if (isCuratorCorrection(a)) return `Curator’s correction · ${a.authorId?.slice(0, 6) ?? 'unknown curator'}`;
  return a.authorId ? a.authorId.slice(0, 6) : 'unknown author';
}
