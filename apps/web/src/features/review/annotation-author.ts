import type { AnnotationSource } from '@/gql/graphql';

/**
 * Who an annotation is by, as the review pages name it. A curated import's annotation has no
 * author: it is expert ground truth brought in by an admin, never a person's work in the platform.
 */
export function annotationAuthor(a: { source: AnnotationSource; authorId?: string | null }): string {
  if (a.source === 'IMPORT') return 'Imported ground truth';
  if (a.source === 'MODEL') return 'Model prediction';
  return a.authorId ? a.authorId.slice(0, 6) : 'unknown author';
}
