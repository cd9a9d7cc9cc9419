'use client';
import type { ReactNode } from 'react';
import type { Role } from '@/gql/graphql';
import { EmptyState } from '../ui/states';
import { hasRole } from './roles';
import { useViewer } from './viewer-context';

/** Shows a page only to users with at least `atLeast` (the API enforces the same rule). */
export function RequireRole({ atLeast, children }: { atLeast: Role; children: ReactNode }) {
  const viewer = useViewer();
  if (!hasRole(viewer.role, atLeast)) {
    return <EmptyState title="Not available for your role">Ask an admin if you need access.</EmptyState>;
  }
  return <>{children}</>;
}
