import type { Role } from '@/gql/graphql';

const rank: Record<Role, number> = { ANNOTATOR: 0, CURATOR: 1, ADMIN: 2 };

/** Roles are hierarchical: admin > curator > annotator. */
export const hasRole = (role: Role, atLeast: Role): boolean => rank[role] >= rank[atLeast];

/** Where each role starts after signing in. */
export function homePath(role: Role): string {
  if (role === 'ADMIN') return '/admin';
  if (role === 'CURATOR') return '/review';
  return '/annotate';
}

/** Only same-site relative paths are followed after sign-in (no open redirects). */
export function safeNextPath(next: string | null): string | null {
  return next?.startsWith('/') && !next.startsWith('//') ? next : null;
}
